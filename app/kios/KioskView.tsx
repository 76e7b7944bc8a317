'use client';

import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Lang } from '@/lib/i18n/dict';
import { QUEUE_DICTS } from '@/lib/i18n/queue';
import type { OfficeQueue } from '@/lib/queue/office';
import type { TicketView } from '@/lib/queue/tickets';
import { api, fmtTime, newKey } from '@/lib/queue/client';
import { fmtInt } from '@/lib/format';

type Issued = TicketView & { waitingBefore: number };

/** Big service buttons; the ticket taken (number, service, time, waiting before) prints on an
 *  80 mm receipt printer: the print stylesheet keeps only the ticket. */
export function KioskView({ initial, lang }: { initial: OfficeQueue; lang: Lang }) {
  const q = QUEUE_DICTS[lang];
  const officeId = initial.office.id;
  const { data } = useQuery({
    queryKey: ['office-queue', officeId],
    queryFn: () => api<OfficeQueue>(`/api/v1/offices/${officeId}/queue`, lang),
    initialData: initial,
    refetchInterval: 5_000,
  });
  const d = data ?? initial;
  const [ticket, setTicket] = useState<Issued | null>(null);
  const [key, setKey] = useState(newKey);
  const take = useMutation({
    mutationFn: (service: string) =>
      api<Issued>(`/api/v1/offices/${officeId}/tickets`, lang, { method: 'POST', body: { service }, key }),
    onSuccess: (t) => {
      setTicket(t);
      setKey(newKey()); // a retry of the same tap reuses the key; a new tap gets a new one
    },
  });

  return (
    <div>
      <style>{`@media print {
  @page { size: 80mm 120mm; margin: 3mm; }
  body { background: #fff; }
  body * { visibility: hidden; }
  #kiosk-ticket, #kiosk-ticket * { visibility: visible; }
  #kiosk-ticket { position: absolute; left: 0; top: 0; width: 74mm; border: 0; box-shadow: none; padding: 0; }
}`}</style>
      <h1 className="text-2xl font-bold" data-testid="scope-name">
        {d.office.name}
      </h1>
      {ticket ? (
        <section
          id="kiosk-ticket"
          aria-labelledby="ticket-title"
          className="mx-auto mt-4 max-w-sm rounded-2xl border-2 border-brand-700 bg-white p-6 text-center shadow"
        >
          <p className="text-sm font-semibold">{d.office.name}</p>
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
            <dt className="text-slate-600">{q.issuedAt}</dt>
            <dd className="num text-right font-semibold">{fmtTime(ticket.issuedAt, d.office.timeZone)}</dd>
            <dt className="text-slate-600">{q.waitingBefore}</dt>
            <dd className="num text-right font-semibold" data-testid="ticket-waiting-before">
              {fmtInt(ticket.waitingBefore)}
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
        </section>
      ) : (
        <section aria-labelledby="kiosk-title">
          <h2 id="kiosk-title" className="mt-2 text-xl font-semibold">
            {q.kioskTitle}
          </h2>
          <p className="mb-4 text-slate-600">{q.kioskHint}</p>
          {d.services.length === 0 && <p className="rounded-md bg-amber-50 p-4 text-amber-900">{q.noServices}</p>}
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {d.services.map((s) => (
              <button
                key={s}
                type="button"
                disabled={take.isPending}
                onClick={() => take.mutate(s)}
                data-testid={`take-${s}`}
                className="flex min-h-28 flex-col items-start justify-center rounded-2xl bg-brand-700 p-5 text-left text-white shadow hover:bg-brand-800 disabled:opacity-60"
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
      {take.isError && (
        <p data-testid="queue-message" className="mt-3 rounded-md bg-red-50 p-3 text-red-900">
          {take.error.message}
        </p>
      )}
    </div>
  );
}
