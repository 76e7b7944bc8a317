'use client';
import type { Lang } from '@/lib/i18n/dict';

import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { fmtDay, fmtInt, fmtPercent } from '@/lib/format';
import { TZ_LABEL } from '@/lib/time';
import { Badge } from '@/components/ui/Badge';
import type { IkdDict } from '@/lib/i18n/ikd';
import { ApiFailure, callApi } from '@/lib/client/api';
import { DateFilter } from '@/components/ui/DateFilter';
import type { EntryKind, OutboxEntry } from '@/lib/client/outbox';
import { useHydrated, useOutboxSubmit } from '@/components/field/useOutboxSubmit';

/** Small pieces shared by the IKD views and forms. */

const STATUS_STYLE: Record<string, string> = {
  ACHIEVED: 'bg-emerald-100 text-emerald-900',
  ON_TRACK: 'bg-sky-100 text-sky-900',
  BEHIND: 'bg-amber-100 text-amber-900',
};

export function StatusBadge({ status, t, testId }: { status: string; t: IkdDict; testId?: string }) {
  return (
    <Badge data-testid={testId} data-status={status} tone={STATUS_STYLE[status] ?? 'bg-slate-100'}>
      {t.statusLabel[status] ?? status}
    </Badge>
  );
}

/** The heading of an IKD page: the region, the day of its figures (today with the regency's zone,
 *  or the day asked for), the days left in the year, and the form that asks for another day. */
export function IkdHeading({
  data: d,
  zone,
  t,
  lang,
}: {
  data: { scope: { code: string; name: string }; asOf: string | null; today: string; daysLeftInYear: number };
  zone?: string;
  t: IkdDict;
  lang: Lang;
}) {
  const today = `${t.today}, ${fmtDay(d.today, lang)}${zone ? ` (${TZ_LABEL[zone] ?? ''})` : ''}`;
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-bold" data-testid="ikd-scope-name">
          {t.title} · {d.scope.name}
        </h1>
        <p className="text-sm text-slate-600">
          {d.asOf ? `${t.asOf} ${fmtDay(d.asOf, lang)}` : today} · {fmtInt(d.daysLeftInYear)} {t.daysLeft}
        </p>
      </div>
      <form action="/ikd" className="flex items-end gap-2">
        <input type="hidden" name="scope" value={d.scope.code} />
        <DateFilter
          label={t.asOf}
          name="asOf"
          value={d.asOf}
          className="text-sm"
          captionClass="mb-1 block text-slate-600"
          inputClass="rounded-md border border-slate-400 px-2 py-1.5"
        />
        <button className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white">{t.show}</button>
      </form>
    </div>
  );
}

/** Percent of wajib KTP against the target percent; above 100 % of target the bar is full. */
export function TargetBar({ percent, target, t }: { percent: number; target: number; t: IkdDict }) {
  const share = target > 0 ? Math.min(100, (percent / target) * 100) : 100;
  return (
    <div className="mt-2">
      <div className="flex justify-between text-xs text-slate-700">
        <span>{t.progressToTarget}</span>
        <span className="num">
          {fmtPercent(percent)} / {fmtPercent(target)}
        </span>
      </div>
      <div
        className="mt-1 h-3 overflow-hidden rounded bg-slate-200"
        role="progressbar"
        aria-label={t.progressToTarget}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share)}
      >
        <div className="h-full bg-brand-600" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}

/** A JSON write to the API that needs the connection now (targets, baselines: heads' and
 *  settings' writes); on success the server-rendered figures are fetched again. The officer's
 *  field entries go through the device outbox instead (useOutboxSubmit). */
export function useApiWrite<T = unknown>(lang: Lang) {
  const router = useRouter();
  return useMutation({
    mutationFn: ({ method, url, body }: { method: 'PUT' | 'POST' | 'PATCH'; url: string; body: unknown }) =>
      callApi<T>({ method, path: url, body, lang }),
    onSuccess: () => router.refresh(),
  });
}

/** An officer's IKD entry saved through the device outbox (useOutboxSubmit): `save` sends it,
 *  one at a time, and keeps what became of it for SaveMessage (the `sent` words, the outbox's
 *  "kept on the device", or the refusal); it answers the outcome, or null when refused. */
export function useIkdEntry<T = unknown>(kind: EntryKind, lang: Lang, onEdit?: (e: OutboxEntry) => void) {
  const hydrated = useHydrated();
  const outbox = useOutboxSubmit<T>(kind, lang, onEdit);
  const [ok, setOk] = useState<string | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const clear = () => {
    setOk(null);
    setError(null);
  };
  const save = async (entry: Parameters<typeof outbox.submit>[0], sent: (data: T) => string) => {
    if (outbox.pending) return null;
    clear();
    const r = await outbox.submit(entry);
    if (r.state === 'refused') {
      setError(r.error);
      return null;
    }
    setOk(r.state === 'sent' ? sent(r.data) : r.message);
    return r;
  };
  return { ...outbox, hydrated, ok, error, clear, save };
}

export function SaveMessage({ error, ok, testId }: { error: unknown; ok: string | null; testId: string }) {
  if (error instanceof ApiFailure) {
    const fields = Object.values(error.fields);
    return (
      <div data-testid={`${testId}-error`} className="mt-2 rounded-md bg-red-50 p-2 text-sm text-red-900">
        <p>{error.message}</p>
        {fields.length > 0 && (
          <ul className="mt-1 list-disc pl-5">
            {fields.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  if (ok) {
    return (
      <p data-testid={`${testId}-ok`} className="mt-2 rounded-md bg-emerald-50 p-2 text-sm text-emerald-900">
        {ok}
      </p>
    );
  }
  return null;
}

export const inputCls = 'w-full rounded-md border border-slate-400 px-2 py-1.5';
export const buttonCls = 'rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white disabled:opacity-60';
