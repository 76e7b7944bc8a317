'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CHANNELS, SEGMENTS } from '@/lib/ikd/rules';
import { ikdDict } from '@/lib/i18n/ikd';
import { fmtDay, fmtInt } from '@/lib/format';
import { SaveMessage, buttonCls, inputCls, useApiWrite } from './ui';

type Grid = Record<string, string>;
const key = (s: string, c: string) => `${s}|${c}`;

/** The officer's day entry: segment × channel counts of one date, loaded from and saved to
 *  /api/v1/ikd/{code}/days/{day} (saving replaces the date). */
export function DayGrid({ code, today, lang }: { code: string; today: string; lang: 'id' | 'en' }) {
  const t = ikdDict(lang);
  const [day, setDay] = useState(today);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const save = useApiWrite<{ total: number; day: string }>(lang);
  const loaded = useQuery({
    queryKey: ['ikd-day', code, day],
    queryFn: async () => {
      const res = await fetch(`/api/v1/ikd/${code}/days/${day}`, { headers: { 'Accept-Language': lang } });
      if (!res.ok) throw new Error(String(res.status));
      return (await res.json()) as { counts: { segment: string; channel: string; count: number }[]; total: number };
    },
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(day),
  });
  const fromServer: Grid = Object.fromEntries(
    (loaded.data?.counts ?? []).map((c) => [key(c.segment, c.channel), String(c.count)]),
  );
  const values = grid ?? fromServer;
  const total = Object.values(values).reduce((s, v) => s + (Number(v) || 0), 0);

  return (
    <section aria-labelledby="day-entry" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="day-entry" className="font-semibold">
        {t.dayEntry}
      </h2>
      <p className="mb-2 text-xs text-slate-600">{t.dayEntryHint}</p>
      <form
        data-testid="day-form"
        onSubmit={(e) => {
          e.preventDefault();
          setOk(null);
          const counts = SEGMENTS.flatMap((segment) =>
            CHANNELS.map((channel) => ({ segment, channel, count: Number(values[key(segment, channel)] ?? 0) })),
          );
          save.mutate(
            { method: 'PUT', url: `/api/v1/ikd/${code}/days/${day}`, body: { counts } },
            {
              onSuccess: (r) => {
                setOk(t.dayTotalSaved(fmtInt(r.total), fmtDay(r.day, lang)));
                setGrid(null);
                void loaded.refetch();
              },
            },
          );
        }}
      >
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{t.date}</span>
          <input
            type="date"
            name="day"
            value={day}
            onChange={(e) => {
              setDay(e.target.value);
              setGrid(null);
              setOk(null);
            }}
            className="rounded-md border border-slate-400 px-2 py-1.5"
          />
        </label>
        <table className="mt-3 w-full text-sm">
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 text-left">
                <span className="sr-only">{t.segmentHeading}</span>
              </th>
              {CHANNELS.map((c) => (
                <th key={c} scope="col" className="px-1 py-1 text-left font-medium">
                  {t.channel[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SEGMENTS.map((s) => (
              <tr key={s}>
                <th scope="row" className="py-1 pr-1 text-left text-xs font-medium">
                  {t.segment[s]}
                </th>
                {CHANNELS.map((c) => (
                  <td key={c} className="px-1 py-1">
                    <input
                      aria-label={`${t.segment[s]} – ${t.channel[c]}`}
                      inputMode="numeric"
                      type="number"
                      min={0}
                      step={1}
                      value={values[key(s, c)] ?? '0'}
                      onChange={(e) => setGrid({ ...values, [key(s, c)]: e.target.value })}
                      className={`${inputCls} num min-w-0 text-right`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="mt-2 flex items-center justify-between gap-2">
          <p className="text-sm">
            {t.total}:{' '}
            <strong className="num" data-testid="day-total">
              {fmtInt(total)}
            </strong>
          </p>
          <button className={buttonCls} disabled={save.isPending || loaded.isLoading}>
            {save.isPending ? t.saving : t.save}
          </button>
        </div>
      </form>
      <SaveMessage error={save.error} ok={ok} testId="day" />
    </section>
  );
}
