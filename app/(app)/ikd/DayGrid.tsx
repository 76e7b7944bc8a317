'use client';
import type { Lang } from '@/lib/i18n/dict';

import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { CHANNELS, SEGMENTS } from '@/lib/ikd/rules';
import { ikdDict } from '@/lib/i18n/ikd';
import { fmtDay, fmtInt } from '@/lib/format';
import { callApi } from '@/lib/client/api';
import { useOnHydrate } from '@/components/field/useOutboxSubmit';
import { useOutbox } from '@/lib/client/useOutbox';
import { SaveMessage, buttonCls, inputCls, useIkdEntry } from './ui';
import { Captioned } from '@/components/ui/Captioned';
import { Card } from '@/components/ui/Card';
import { EditingNotice } from '@/components/field/EditingNotice';

type Grid = Record<string, string>;
const key = (s: string, c: string) => `${s}|${c}`;
const cellName = (s: string, c: string) => `n-${s}-${c}`;
type DayCounts = { counts: { segment: string; channel: string; count: number }[]; total: number };

function summaryOf(day: string, total: number) {
  const line = (lang: Lang) => ikdDict(lang).dayEntrySummary(fmtDay(day, lang), fmtInt(total));
  return { id: line('id'), en: line('en') };
}

/** The officer's day entry: segment × channel counts of one date, loaded from and saved to
 *  /api/v1/ikd/{code}/days/{day} (saving replaces the date). The save goes through the device
 *  outbox, so a day entered without signal is kept on the phone and sent when it returns. */
export function DayGrid({ code, today, lang }: { code: string; today: string; lang: Lang }) {
  const t = ikdDict(lang);
  const [day, setDay] = useState(today);
  const [grid, setGrid] = useState<Grid | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { save, ok, error, clear, pending, hydrated, editing, editingNotice } = useIkdEntry<{
    total: number;
    day: string;
  }>('ikd-day', lang, (e) => {
    const { day: d, ...cells } = e.form;
    setDay(d);
    setGrid(cells);
  });
  const { entries } = useOutbox();
  const path = `/ikd/${code}/days/${day}`;
  const waitingHere = entries.find((e) => e.kind === 'ikd-day' && e.path === path && e.state !== 'refused');

  const loaded = useQuery({
    queryKey: ['ikd-day', code, day],
    queryFn: () => callApi<DayCounts>({ path, lang }),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(day),
  });

  // a date and counts typed before the page's scripts ran are kept (SPEC §11): the date too, or
  // the grid would load today's counts under the typed date and the save would book today
  useOnHydrate(formRef, (el) => {
    const typedDay = (el.elements.namedItem('day') as HTMLInputElement | null)?.value ?? '';
    if (typedDay !== day && /^\d{4}-\d{2}-\d{2}$/.test(typedDay)) setDay(typedDay);
    const typed: Grid = {};
    for (const s of SEGMENTS)
      for (const c of CHANNELS) {
        const input = el.elements.namedItem(cellName(s, c)) as HTMLInputElement | null;
        if (input && input.value !== '' && input.value !== '0') typed[key(s, c)] = input.value;
      }
    if (Object.keys(typed).length > 0) setGrid(typed);
  });

  const fromServer: Grid = Object.fromEntries(
    (loaded.data?.counts ?? []).map((c) => [key(c.segment, c.channel), String(c.count)]),
  );
  const fromOutbox = waitingHere
    ? (Object.fromEntries(Object.entries(waitingHere.form).filter(([k]) => k !== 'day')) as Grid)
    : null;
  const values = grid ?? fromOutbox ?? fromServer;
  const total = Object.values(values).reduce((s, v) => s + (Number(v) || 0), 0);

  return (
    <Card id="day-entry" title={t.dayEntry} titleClass="font-semibold">
      <p className="mb-2 text-xs text-slate-600">{t.dayEntryHint}</p>
      {editingNotice && (
        <EditingNotice className="mb-2">
          {editingNotice} {editing?.error?.message}
        </EditingNotice>
      )}
      <form
        ref={formRef}
        data-testid="day-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const counts = SEGMENTS.flatMap((segment) =>
            CHANNELS.map((channel) => ({ segment, channel, count: Number(values[key(segment, channel)] ?? 0) })),
          );
          const r = await save(
            { method: 'PUT', path, body: { counts }, summary: summaryOf(day, total), form: { day, ...values } },
            (saved) => t.dayTotalSaved(fmtInt(saved.total), fmtDay(saved.day, lang)),
          );
          if (!r) return;
          setGrid(null);
          if (r.state === 'sent') void loaded.refetch();
        }}
      >
        <Captioned caption={t.date}>
          <input
            type="date"
            name="day"
            value={day}
            onChange={(e) => {
              setDay(e.target.value);
              setGrid(null);
              clear();
            }}
            className="rounded-md border border-slate-400 px-2 py-1.5"
          />
        </Captioned>
        {waitingHere && (
          <p className="mt-2 text-sm text-amber-900" data-testid="day-waiting">
            {t.dayWaiting}
          </p>
        )}
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
                      name={cellName(s, c)}
                      inputMode="numeric"
                      type="number"
                      min={0}
                      step={1}
                      value={values[key(s, c)] ?? '0'}
                      onChange={(e) => {
                        setGrid({ ...values, [key(s, c)]: e.target.value });
                        clear(); // "Tersimpan" no longer describes what is on screen
                      }}
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
          <button className={buttonCls} disabled={!hydrated || pending || (loaded.isLoading && !loaded.isError)}>
            {pending ? t.saving : t.save}
          </button>
        </div>
      </form>
      <SaveMessage error={error} ok={ok} testId="day" />
    </Card>
  );
}
