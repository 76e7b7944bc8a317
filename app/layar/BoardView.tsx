'use client';

import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import type { Lang } from '@/lib/i18n/dict';
import { QUEUE_DICTS } from '@/lib/i18n/queue';
import type { OfficeQueue } from '@/lib/queue/office';
import { api, fmtTime } from '@/lib/queue/client';
import { fmtInt } from '@/lib/format';

/** Polls every 2 s, so a call made anywhere (counter screen or API) shows within 5 s. */
export function BoardView({ initial, lang }: { initial: OfficeQueue; lang: Lang }) {
  const q = QUEUE_DICTS[lang];
  const officeId = initial.office.id;
  const { data } = useQuery({
    queryKey: ['office-queue', officeId],
    queryFn: () => api<OfficeQueue>(`/api/v1/offices/${officeId}/queue`, lang),
    initialData: initial,
    refetchInterval: 2_000,
    refetchIntervalInBackground: true,
  });
  const d = data ?? initial;
  const [latest, ...rest] = d.lastCalls;
  return (
    <main id="main" className="min-h-screen bg-slate-900 p-4 text-white sm:p-8">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold sm:text-4xl" data-testid="scope-name">
          {d.office.name}
        </h1>
        <p className="num text-xl sm:text-3xl">{fmtTime(d.serverTime, d.office.timeZone)}</p>
      </header>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="now-title" className="rounded-3xl bg-brand-700 p-6 text-center lg:col-span-2">
          <h2 id="now-title" className="text-2xl font-semibold sm:text-3xl">
            {q.nowServing}
          </h2>
          {latest ? (
            <div aria-live="assertive">
              <p className="num my-4 text-8xl font-black sm:text-9xl" data-testid="board-latest-number">
                {latest.number}
              </p>
              <p className="text-3xl sm:text-5xl">
                {q.toCounter} <strong data-testid="board-latest-counter">{latest.counterName}</strong>
              </p>
            </div>
          ) : (
            <p className="my-8 text-2xl">{q.noCalls}</p>
          )}
        </section>
        <section aria-labelledby="last-title" className="rounded-3xl bg-slate-800 p-6">
          <h2 id="last-title" className="mb-3 text-2xl font-semibold">
            {q.lastCalls}
          </h2>
          <ol className="space-y-2" data-testid="board-last-calls">
            {rest.map((c) => (
              <li key={`${c.id}-${c.calledAt}`} className="flex justify-between gap-3 text-2xl sm:text-3xl">
                <span className="num font-bold">{c.number}</span>
                <span>{c.counterName}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <section aria-labelledby="wait-title" className="mt-6">
        <h2 id="wait-title" className="sr-only">
          {q.waiting}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {d.services.map((s) => (
            <li key={s} className="rounded-2xl bg-slate-800 p-4">
              <span className="block text-lg">{q.service[s]}</span>
              <span className="num text-3xl font-bold">{fmtInt(d.office.waitingByService[s])}</span>{' '}
              <span className="text-lg">{q.waiting.toLowerCase()}</span>
            </li>
          ))}
        </ul>
      </section>
      <Link href="/" className="mt-6 inline-block text-sm text-slate-300 underline">
        Pantau
      </Link>
    </main>
  );
}
