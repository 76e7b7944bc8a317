'use client';

import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Lang } from '@/lib/i18n/dict';
import { queueDict } from '@/lib/i18n/queue';
import type { OfficeQueue } from '@/lib/queue/board';
import type { TicketView } from '@/lib/queue/tickets';
import { SERVICES } from '@/lib/queue/rules';
import { api, fmtMinutes, fmtPct, fmtTime } from '@/lib/queue/client';
import { fmtInt } from '@/lib/format';
import { officeQueueKey, useOfficeQueue } from '@/components/queue/useOfficeQueue';
import { StaleBanner } from '@/lib/queue/StaleBanner';
import { ValueOptions } from '@/components/ui/NamedOptions';
import { Stat } from '@/components/ui/Stat';

type Action =
  | { kind: 'call' }
  | { kind: 'done' | 'no-show' | 'recall'; id: number }
  | { kind: 'transfer'; id: number; service: string };

/** One of the counter's figures of the day, on a grey tile. */
function Figure(props: { label: string; value: string; testId?: string }) {
  return <Stat {...props} className="rounded-lg bg-slate-50 p-2" />;
}

const UNDO_MS = 10_000;

/** The counter screen: follows the office's event stream (polling while it is down). While a
 *  resident is served the main action is "Selesai & panggil berikutnya"; a no-show is sent only
 *  after 10 seconds in which it can be undone; Enter, U, S, T and Z work from the keyboard. */
export function CounterView({ initial, counterId, lang }: { initial: OfficeQueue; counterId: number; lang: Lang }) {
  const q = queueDict(lang);
  const officeId = initial.office.id;
  const client = useQueryClient();
  const key = officeQueueKey(officeId);
  const { data: d, now, staleSince, streaming } = useOfficeQueue(initial, lang);
  const counter = d.office.counters.find((c) => c.id === counterId);
  const [target, setTarget] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [pending, setPending] = useState<{ id: number; number: string; at: number } | null>(null);
  const post = (a: Action) =>
    a.kind === 'call'
      ? api<TicketView>(`/api/v1/counters/${counterId}/call-next`, lang, { method: 'POST' })
      : api<TicketView>(`/api/v1/tickets/${a.id}/${a.kind}`, lang, {
          method: 'POST',
          body: a.kind === 'transfer' ? { service: a.service } : undefined,
        });
  const act = useMutation({
    mutationFn: async (a: Action | { kind: 'done-next'; id: number }) => {
      if (a.kind === 'done-next') {
        await post({ kind: 'done', id: a.id });
        return post({ kind: 'call' });
      }
      return post(a);
    },
    onSuccess: (t, a) => {
      setNote(
        a.kind === 'call' || a.kind === 'recall' || a.kind === 'done-next'
          ? q.called(t.number)
          : a.kind === 'done'
            ? q.finished(t.number)
            : a.kind === 'no-show'
              ? q.noShowDone(t.number)
              : null,
      );
      setTarget('');
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
  const cur = counter?.current ?? null;
  const held = pending !== null && cur?.id === pending.id;

  // the no-show is sent when its 10 seconds are over
  const left = pending ? Math.max(0, Math.ceil((pending.at + UNDO_MS - now) / 1000)) : 0;
  useEffect(() => {
    if (!pending) return;
    const t = setTimeout(() => {
      setPending(null);
      act.mutate({ kind: 'no-show', id: pending.id });
    }, Math.max(0, pending.at + UNDO_MS - Date.now()));
    return () => clearTimeout(t);
  }, [pending, act]);

  const undo = () => {
    if (!pending) return;
    setNote(q.noShowUndone(pending.number));
    setPending(null);
  };
  const main = () => {
    if (act.isPending || !counter?.isOpen) return;
    if (pending) {
      // calling the next resident ends the undo time of the no-show at once
      const id = pending.id;
      setPending(null);
      act.mutate({ kind: 'no-show', id }, { onSuccess: () => act.mutate({ kind: 'call' }) });
      return;
    }
    act.mutate(cur ? { kind: 'done-next', id: cur.id } : { kind: 'call' });
  };
  const keys = useRef({ main, undo, cur, held, busy: act.isPending });
  useEffect(() => {
    keys.current = { main, undo, cur, held, busy: act.isPending };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (el && ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A'].includes(el.tagName) && e.key === 'Enter') return;
      if (el && ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) return;
      const k = keys.current;
      const key = e.key.toLowerCase();
      if (key === 'enter') k.main();
      else if (key === 'z' || key === 'escape') k.undo();
      else if (k.busy || !k.cur || k.held) return;
      else if (key === 'u') act.mutate({ kind: 'recall', id: k.cur.id });
      else if (key === 's') act.mutate({ kind: 'done', id: k.cur.id });
      else if (key === 't') setPending({ id: k.cur.id, number: k.cur.number, at: Date.now() });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);

  if (!counter) return null;
  /** a step on the ticket being served, beside the main action: recall it, finish it, or mark
   *  it a no-show (sent once its undo time is over) */
  const step = (
    ticket: { id: number; number: string },
    kind: 'recall' | 'done' | 'no-show',
    label: string,
    tone: string,
  ) => (
    <button
      type="button"
      data-testid={kind === 'no-show' ? kind : undefined}
      onClick={() =>
        kind === 'no-show'
          ? setPending({ id: ticket.id, number: ticket.number, at: Date.now() })
          : act.mutate({ kind, id: ticket.id })
      }
      disabled={act.isPending}
      className={`rounded-lg border bg-white px-3 py-3 font-semibold ${tone}`}
    >
      {label}
    </button>
  );
  const otherServices = SERVICES.filter((s) => s !== cur?.service);

  return (
    <div className="space-y-4" data-live={streaming ? 'stream' : 'poll'}>
      <StaleBanner since={staleSince} timeZone={d.office.timeZone} lang={lang} />
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
        {pending && (
          <div
            data-testid="no-show-pending"
            role="status"
            className="mt-3 flex flex-wrap items-center justify-between gap-2 rounded-md bg-amber-50 p-3 text-amber-950"
          >
            <span>{q.noShowPending(pending.number, left)}</span>
            <button
              type="button"
              data-testid="undo-no-show"
              onClick={undo}
              className="rounded-lg bg-amber-900 px-4 py-2 font-semibold text-white"
            >
              {q.undo} (Z)
            </button>
          </div>
        )}
        <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
          <button
            type="button"
            data-testid="main-action"
            onClick={main}
            disabled={act.isPending || !counter.isOpen}
            className="col-span-2 rounded-lg bg-brand-700 px-4 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-60 sm:col-span-4"
          >
            {cur && !held ? q.doneAndNext : q.callNext} <span className="text-sm font-normal">(Enter)</span>
          </button>
          {cur && !held && (
            <>
              {step(cur, 'recall', `${q.recall} (U)`, 'border-slate-300')}
              {step(cur, 'done', `${q.doneOnly} (S)`, 'border-emerald-700 text-emerald-800')}
              {step(cur, 'no-show', `${q.noShow} (T)`, 'col-span-2 border-red-300 text-red-800 sm:col-span-2')}
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
                    <ValueOptions values={otherServices} label={(s) => q.service[s]} />
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
        <p className="mt-2 text-xs text-slate-600">
          <span className="font-semibold">{q.shortcuts}:</span> {q.shortcutList}
        </p>
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
