'use client';

import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Lang } from '@/lib/i18n/dict';
import { queueDict } from '@/lib/i18n/queue';
import type { OfficeQueue } from '@/lib/queue/board';
import type { TicketView } from '@/lib/queue/tickets';
import { api, fmtTime, newKey, QueueApiError } from '@/lib/queue/client';
import { useOfficeQueue } from '@/components/queue/useOfficeQueue';
import { fmtDay, fmtInt } from '@/lib/format';
import { KioskExit } from './KioskExit';

type Issued = TicketView & { waitingBefore: number; estimatedWaitMin: number | null; officeName: string };

const BACK_AFTER_MS = 10_000;
/** A number is taken now or never: a request still unanswered after this is given up, so a
 *  resident who walked away is never given a number later (SPEC §11). */
const ISSUE_TIMEOUT_MS = 8_000;

/** Big service buttons; the ticket taken (office, date, service, number, people ahead, estimated
 *  wait) prints on an 80 mm receipt printer (the print stylesheet keeps only the ticket) and
 *  gives way to the buttons again after 10 seconds. Without a connection, outside the opening
 *  hours or past a quota no number is issued, and the screen says why. */
/** The ticket as the screen shows it, stamped with the moment it appeared (for the 10-second timer). */
function shownNow<T extends TicketView>(t: T): T & { shownAt: number } {
  return { ...t, shownAt: Date.now() };
}

export function KioskView({ initial, lang, username }: { initial: OfficeQueue; lang: Lang; username: string }) {
  const q = queueDict(lang);
  const officeId = initial.office.id;
  const { data: d, now, staleSince, streaming } = useOfficeQueue(initial, lang);
  const [ticket, setTicket] = useState<(Issued & { shownAt: number }) | null>(null);
  const [key, setKey] = useState(newKey);
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  const offline = !online || staleSince !== null;
  const take = useMutation({
    mutationFn: async (service: string) => {
      if (!navigator.onLine) throw new QueueApiError(q.kioskOffline, 0);
      const answer = api<Issued>(`/api/v1/offices/${officeId}/tickets`, lang, {
        method: 'POST',
        body: { service },
        key,
      });
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new QueueApiError(q.kioskOffline, 0)), ISSUE_TIMEOUT_MS),
      );
      return Promise.race([answer, timeout]).catch((e: unknown) => {
        throw e instanceof QueueApiError && e.status === 0 ? new QueueApiError(q.kioskOffline, 0) : e;
      });
    },
    onSuccess: (t) => setTicket(shownNow(t)),
    // a new tap gets a new key; a number is never taken again later by itself
    onSettled: () => setKey(newKey()),
    retry: false,
  });
  const secondsLeft = ticket
    ? Math.min(BACK_AFTER_MS / 1000, Math.max(0, Math.ceil((ticket.shownAt + BACK_AFTER_MS - now) / 1000)))
    : 0;
  useEffect(() => {
    if (!ticket) return;
    const t = setTimeout(() => setTicket(null), Math.max(0, ticket.shownAt + BACK_AFTER_MS - Date.now()));
    return () => clearTimeout(t);
  }, [ticket]);

  const tz = d.office.timeZone;
  return (
    <div data-live={streaming ? 'stream' : 'poll'}>
      <style>{`@media print {
  @page { size: 80mm 120mm; margin: 3mm; }
  body { background: #fff; }
  body * { visibility: hidden; }
  #kiosk-ticket, #kiosk-ticket * { visibility: visible; }
  #kiosk-ticket { position: absolute; left: 0; top: 0; width: 74mm; border: 0; box-shadow: none; padding: 0; }
}`}</style>
      <div className="flex items-start justify-between gap-2">
        <h1 className="text-2xl font-bold sm:text-3xl" data-testid="scope-name">
          {d.office.name}
        </h1>
        <KioskExit username={username} lang={lang} />
      </div>
      {ticket ? (
        <section
          id="kiosk-ticket"
          aria-labelledby="ticket-title"
          className="mx-auto mt-4 max-w-sm rounded-2xl border-2 border-brand-700 bg-white p-6 text-center shadow"
        >
          <p className="text-sm font-semibold" data-testid="ticket-office">
            {ticket.officeName}
          </p>
          <h2 id="ticket-title" className="mt-2 text-base text-slate-700">
            {q.yourNumber}
          </h2>
          <p className="num my-2 text-7xl font-black tracking-wide text-brand-800" data-testid="ticket-number">
            {ticket.number}
          </p>
          <p className="text-lg font-semibold" data-testid="ticket-service">
            {q.service[ticket.service]}
          </p>
          <dl className="mt-3 grid grid-cols-2 gap-2 text-left text-sm">
            <dt className="text-slate-600">{q.ticketDate}</dt>
            <dd className="num text-right font-semibold" data-testid="ticket-date">
              {fmtDay(ticket.day, lang)}
            </dd>
            <dt className="text-slate-600">{q.issuedAt}</dt>
            <dd className="num text-right font-semibold">{fmtTime(ticket.issuedAt, tz)}</dd>
            <dt className="text-slate-600">{q.waitingBefore}</dt>
            <dd className="num text-right font-semibold" data-testid="ticket-waiting-before">
              {fmtInt(ticket.waitingBefore)}
            </dd>
            <dt className="text-slate-600">{q.estimatedWait}</dt>
            <dd className="num text-right font-semibold" data-testid="ticket-estimated-wait">
              {ticket.estimatedWaitMin === null ? '–' : q.aboutMinutes(fmtInt(ticket.estimatedWaitMin))}
            </dd>
          </dl>
          <p className="mt-3 text-xs text-slate-600">{q.keepTicket}</p>
          <div className="mt-4 flex flex-wrap justify-center gap-2 print:hidden">
            <button
              type="button"
              onClick={() => window.print()}
              className="rounded-lg bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800"
            >
              {q.print}
            </button>
            <button
              type="button"
              onClick={() => setTicket(null)}
              className="rounded-lg border border-slate-300 px-4 py-3 font-semibold"
            >
              {q.anotherNumber}
            </button>
          </div>
          <p className="mt-3 text-xs text-slate-600 print:hidden" data-testid="kiosk-back-in">
            {q.backInN(secondsLeft)}
          </p>
        </section>
      ) : (
        <section aria-labelledby="kiosk-title">
          <h2 id="kiosk-title" className="mt-2 text-xl font-semibold sm:text-2xl">
            {q.kioskTitle}
          </h2>
          <p className="mb-4 text-slate-600">{q.kioskHint}</p>
          {offline ? (
            <p data-testid="kiosk-offline" role="alert" className="mb-4 rounded-md bg-red-50 p-4 text-lg text-red-900">
              {q.kioskOffline}
            </p>
          ) : (
            !d.openNow && (
              <p data-testid="kiosk-closed" className="mb-4 rounded-md bg-amber-50 p-4 text-lg text-amber-900">
                {q.kioskClosed(d.office.opensAt, d.office.closesAt)}
              </p>
            )
          )}
          {d.services.length === 0 && <p className="rounded-md bg-amber-50 p-4 text-amber-900">{q.noServices}</p>}
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {d.services.map((s) => (
              <button
                key={s}
                type="button"
                disabled={take.isPending || offline || !d.openNow}
                onClick={() => take.mutate(s)}
                data-testid={`take-${s}`}
                className="flex min-h-28 flex-col items-start justify-center rounded-2xl bg-brand-700 p-5 text-left text-white shadow hover:bg-brand-800 disabled:opacity-50"
              >
                <span className="text-2xl font-bold">{q.service[s]}</span>
                <span className="mt-1 text-sm">{q.waitingN(fmtInt(d.office.waitingByService[s]))}</span>
              </button>
            ))}
          </div>
          {take.isPending && (
            <p role="status" className="mt-3 text-slate-700">
              {q.taking}
            </p>
          )}
        </section>
      )}
      {take.isError && !ticket && (
        <p data-testid="queue-message" className="mt-3 rounded-md bg-red-50 p-3 text-lg text-red-900">
          {take.error.message}
        </p>
      )}
    </div>
  );
}
