'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Lang } from '@/lib/i18n/dict';
import { QUEUE_DICTS } from '@/lib/i18n/queue';
import type { OfficeQueue } from '@/lib/queue/office';
import type { TicketView } from '@/lib/queue/tickets';
import { SERVICES } from '@/lib/queue/rules';
import { api, fmtMinutes, fmtPct, fmtTime } from '@/lib/queue/client';
import { fmtInt } from '@/lib/format';

type Action =
  | { kind: 'call' }
  | { kind: 'done' | 'no-show' | 'recall'; id: number }
  | { kind: 'transfer'; id: number; service: string };

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="rounded-lg bg-slate-50 p-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="num text-lg font-semibold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** Polls the office's live queue every 2 s, so calls made elsewhere (the API, another tab)
 *  show here too; every action refreshes it at once. */
export function CounterView({ initial, counterId, lang }: { initial: OfficeQueue; counterId: number; lang: Lang }) {
  const q = QUEUE_DICTS[lang];
  const officeId = initial.office.id;
  const client = useQueryClient();
  const key = ['office-queue', officeId];
  const { data } = useQuery({
    queryKey: key,
    queryFn: () => api<OfficeQueue>(`/api/v1/offices/${officeId}/queue`, lang),
    initialData: initial,
    refetchInterval: 2_000,
  });
  const d = data ?? initial;
  const counter = d.office.counters.find((c) => c.id === counterId);
  const [target, setTarget] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: (a: Action) =>
      a.kind === 'call'
        ? api<TicketView>(`/api/v1/counters/${counterId}/call-next`, lang, { method: 'POST' })
        : api<TicketView>(`/api/v1/tickets/${a.id}/${a.kind}`, lang, {
            method: 'POST',
            body: a.kind === 'transfer' ? { service: a.service } : undefined,
          }),
    onSuccess: (t, a) => {
      setNote(
        a.kind === 'call' || a.kind === 'recall' ? q.called(t.number) : a.kind === 'done' ? q.finished(t.number) : null,
      );
      setTarget('');
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
  if (!counter) return null;
  const cur = counter.current;
  const otherServices = SERVICES.filter((s) => s !== cur?.service);

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold" data-testid="scope-name">
          {d.office.name}
        </h1>
        <p className="text-slate-600">
          {q.counterScreen} · <span data-testid="counter-name">{counter.name}</span> ·{' '}
          {counter.services.map((s) => q.service[s]).join(', ')}
        </p>
      </div>
      {!counter.isOpen && <p className="rounded-md bg-amber-50 p-3 text-amber-900">{q.counterClosed}</p>}
      <section aria-labelledby="current-title" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="current-title" className="text-sm font-semibold text-slate-600">
          {q.current}
        </h2>
        <p className="num text-6xl font-black text-brand-800" data-testid="current-ticket">
          {cur ? cur.number : '—'}
        </p>
        {cur && (
          <p className="text-slate-700">
            {q.service[cur.service]} · {fmtTime(cur.calledAt, d.office.timeZone)}
          </p>
        )}
        <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
          <button
            type="button"
            onClick={() => act.mutate({ kind: 'call' })}
            disabled={act.isPending || !counter.isOpen}
            className="col-span-2 rounded-lg bg-brand-700 px-4 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-60 sm:col-span-4"
          >
            {q.callNext}
          </button>
          {cur && (
            <>
              <button
                type="button"
                onClick={() => act.mutate({ kind: 'recall', id: cur.id })}
                disabled={act.isPending}
                className="rounded-lg border border-slate-300 bg-white px-3 py-3 font-semibold"
              >
                {q.recall}
              </button>
              <button
                type="button"
                onClick={() => act.mutate({ kind: 'done', id: cur.id })}
                disabled={act.isPending}
                className="rounded-lg bg-emerald-700 px-3 py-3 font-semibold text-white hover:bg-emerald-800"
              >
                {q.done}
              </button>
              <button
                type="button"
                onClick={() => act.mutate({ kind: 'no-show', id: cur.id })}
                disabled={act.isPending}
                className="col-span-2 rounded-lg border border-red-300 bg-white px-3 py-3 font-semibold text-red-800 sm:col-span-2"
              >
                {q.noShow}
              </button>
              <form
                className="col-span-2 flex flex-wrap items-end gap-2 sm:col-span-4"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (target) act.mutate({ kind: 'transfer', id: cur.id, service: target });
                }}
              >
                <label className="flex grow flex-col text-sm">
                  {q.transferTo}
                  <select
                    value={target}
                    onChange={(e) => setTarget(e.target.value)}
                    className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-2"
                  >
                    <option value="">—</option>
                    {otherServices.map((s) => (
                      <option key={s} value={s}>
                        {q.service[s]}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="submit"
                  disabled={act.isPending || !target}
                  className="rounded-lg border border-slate-300 bg-white px-3 py-2 font-semibold disabled:opacity-60"
                >
                  {q.transfer}
                </button>
              </form>
            </>
          )}
        </div>
        <div aria-live="polite">
          {act.isError ? (
            <p data-testid="queue-message" className="mt-3 rounded-md bg-red-50 p-3 text-red-900">
              {act.error.message}
            </p>
          ) : (
            note && (
              <p data-testid="queue-note" className="mt-3 rounded-md bg-emerald-50 p-3 text-emerald-900">
                {note}
              </p>
            )
          )}
        </div>
      </section>
      <section aria-labelledby="figures-title" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="figures-title" className="mb-2 font-semibold">
          {q.todayFigures}
        </h2>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          <Figure label={q.waitingForCounter} value={fmtInt(counter.waiting)} testId="counter-waiting" />
          <Figure label={q.served} value={fmtInt(counter.served)} testId="counter-served" />
          <Figure label={q.noShows} value={fmtInt(counter.noShows)} />
          <Figure label={q.utilization} value={`${fmtPct(counter.utilization)} / ${fmtInt(counter.capacity)}`} />
          <Figure label={q.avgWait} value={fmtMinutes(counter.avgWaitMin, q.minutes)} />
          <Figure label={q.longestWait} value={fmtMinutes(counter.longestWaitMin, q.minutes)} />
          <Figure label={q.avgService} value={fmtMinutes(counter.avgServiceMin, q.minutes)} />
          <Figure label={q.serviceLevel} value={fmtPct(counter.serviceLevel)} />
        </dl>
      </section>
      <Link href="/layar" className="inline-block text-brand-700 underline">
        {q.openBoard}
      </Link>
    </div>
  );
}
