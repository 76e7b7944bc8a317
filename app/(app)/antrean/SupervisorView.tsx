'use client';

import Link from 'next/link';
import type { Lang } from '@/lib/i18n/dict';
import { queueDict } from '@/lib/i18n/queue';
import type { getQueue } from '@/lib/queue/figures';
import { OFFICES_PER_PAGE } from '@/lib/queue/rules';
import { fmtMinutes, fmtPct } from '@/lib/queue/client';
import { useLiveQueue } from '@/lib/queue/live-client';
import { StaleBanner } from '@/lib/queue/StaleBanner';
import { fmtDay, fmtInt } from '@/lib/format';
import dynamic from 'next/dynamic';
import { orOffline } from '@/components/charts/orOffline';
import { ChartSlot } from '@/components/charts/ChartSlot';

// Recharts loads after the figures (it is the largest chunk of the page).
const HourlyChart = dynamic(
  orOffline(() => import('./HourlyChart').then((m) => m.HourlyChart)),
  {
    ssr: false,
    loading: ChartSlot,
  },
);
import { ExportLinks } from '@/components/ExportLinks';
import { HeadRow } from '@/components/ui/HeadRow';
import { DateFilter } from '@/components/ui/DateFilter';
import { Captioned } from '@/components/ui/Captioned';
import { NamedOptions } from '@/components/ui/NamedOptions';
import { DataTable } from '@/components/ui/DataTable';
import { Stat } from '@/components/ui/Stat';

type Queue = Awaited<ReturnType<typeof getQueue>>;
type Counter = Queue['offices'][number]['counters'][number];

/** A total of the scope's queues, in a tile of its own. */
function Total(props: { label: string; value: string; testId?: string }) {
  return <Stat {...props} className="rounded-xl border border-slate-200 bg-white p-3" size="large" />;
}

type Filter = { regencies: { code: string; name: string }[]; province: string | null; status: string | null };

export function SupervisorView({ initial, lang, filter }: { initial: Queue; lang: Lang; filter: Filter }) {
  const q = queueDict(lang);
  const { scope, asOf } = initial;
  const { offset } = initial.page;
  const params = `scope=${scope}&limit=${OFFICES_PER_PAGE}&cursor=${offset}${filter.status ? `&status=${filter.status}` : ''}`;
  const { data, staleSince } = useLiveQueue<Queue>({
    queryKey: ['queue', scope, asOf, offset, filter.status],
    initial,
    // a past day does not change: no stream, and the poll answers 304
    streamUrl: asOf ? null : `/api/v1/queue/events?${params}`,
    pollUrl: `/api/v1/queue?${params}${asOf ? `&asOf=${asOf}` : ''}`,
    lang,
  });
  const d = data ?? initial;
  const day = asOf ?? d.offices[0]?.day ?? null;
  const min = q.minutes;
  // the figure columns of an office's counter table: the heading, and the counter's figure
  const counterFigures: [string, (c: Counter) => string][] = [
    [q.waiting, (c) => fmtInt(c.waiting)],
    [q.served, (c) => fmtInt(c.served)],
    [q.noShows, (c) => fmtInt(c.noShows)],
    [q.utilization, (c) => fmtPct(c.utilization)],
    [q.avgWait, (c) => fmtMinutes(c.avgWaitMin, min)],
    [q.longestWait, (c) => fmtMinutes(c.longestWaitMin, min)],
    [q.avgService, (c) => fmtMinutes(c.avgServiceMin, min)],
    [q.serviceLevel, (c) => fmtPct(c.serviceLevel)],
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">
            {q.supervisorTitle} · <span data-testid="scope-name">{d.name}</span>
          </h1>
          <p className="text-sm text-slate-600">
            {day ? fmtDay(day, lang) : ''} {asOf ? '' : `· ${q.autoRefresh}`}
          </p>
        </div>
        <form action="/antrean" className="flex flex-wrap items-end gap-2" aria-label={q.filterRegency}>
          {filter.regencies.length > 0 ? (
            <Captioned caption={q.filterRegency}>
              <select
                name="scope"
                defaultValue={scope}
                className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
              >
                <option value={filter.province ?? scope}>{q.allRegencies}</option>
                <NamedOptions items={filter.regencies} />
              </select>
            </Captioned>
          ) : (
            <input type="hidden" name="scope" value={scope} />
          )}
          <Captioned caption={q.filterStatus}>
            <select
              name="status"
              defaultValue={filter.status ?? ''}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
            >
              <option value="">{q.statusAll}</option>
              <option value="overloaded">{q.statusOverloaded}</option>
              <option value="normal">{q.statusNormal}</option>
            </select>
          </Captioned>
          <DateFilter
            label={lang === 'en' ? 'As of' : 'Per tanggal'}
            name="asOf"
            value={asOf}
            className="text-sm"
            captionClass="mb-1 block text-slate-600"
          />
          <button type="submit" className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white">
            {lang === 'en' ? 'Show' : 'Tampilkan'}
          </button>
        </form>
      </div>
      <StaleBanner since={staleSince} timeZone="Asia/Jakarta" lang={lang} />
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        <Total label={q.issued} value={fmtInt(d.totals.issued)} testId="total-issued" />
        <Total label={q.waiting} value={fmtInt(d.totals.waiting)} testId="total-waiting" />
        <Total label={q.served} value={fmtInt(d.totals.served)} testId="total-served" />
        <Total label={q.noShows} value={fmtInt(d.totals.noShows)} />
        <Total label={q.utilization} value={fmtPct(d.totals.utilization)} />
        <Total label={q.overloaded} value={fmtInt(d.totals.overloadedOffices)} testId="total-overloaded" />
      </dl>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        <ExportLinks
          href={`/api/v1/queue?scope=${scope}${asOf ? `&asOf=${asOf}` : ''}`}
          lang={lang}
          testId="queue-export"
          what={q.office}
        />
        <ExportLinks
          href={`/api/v1/queue?scope=${scope}&level=counter${asOf ? `&asOf=${asOf}` : ''}`}
          lang={lang}
          testId="counter-export"
          what={q.counters}
        />
      </div>
      <HourlyChart data={d.hourly} title={q.hourlyChart} issued={q.issued} served={q.served} />
      <ul className="space-y-1.5">
        {d.offices.map((o) => (
          <li
            key={o.id}
            className={`rounded-lg border bg-white px-3 py-2 ${o.overloaded ? 'border-red-300' : 'border-slate-200'}`}
            data-testid={`office-${o.id}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-semibold">
                {o.name}{' '}
                <span className="text-sm font-normal text-slate-600">
                  · {o.regencyName} · {o.opensAt}–{o.closesAt}
                </span>
              </h2>
              {o.overloaded && (
                <span
                  title={q.overloadedHint}
                  className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900"
                >
                  {q.overloaded}
                </span>
              )}
            </div>
            <dl className="mt-1 grid grid-cols-4 gap-x-3 text-sm lg:grid-cols-8">
              {[
                [q.waiting, fmtInt(o.waiting), `office-waiting-${o.id}`],
                [q.longestWaitNow, fmtMinutes(o.longestWaitNowMin, min), `office-longest-${o.id}`],
                [q.remaining, `${fmtInt(o.remainingCapacity)} / ${fmtInt(o.capacity)}`, undefined],
                [q.served, fmtInt(o.served), `office-served-${o.id}`],
                [q.noShows, fmtInt(o.noShows), undefined, true],
                [q.utilization, fmtPct(o.utilization), undefined, true],
                [q.avgWait, fmtMinutes(o.avgWaitMin, min), undefined, true],
                [q.serviceLevel, fmtPct(o.serviceLevel), undefined, true],
              ].map(([label, value, testId, wide]) => (
                <div key={String(label)} className={wide ? 'hidden lg:block' : ''}>
                  <dt className="truncate text-xs text-slate-600">{label}</dt>
                  <dd className="num font-semibold" data-testid={testId ? String(testId) : undefined}>
                    {value}
                  </dd>
                </div>
              ))}
            </dl>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-brand-700">
                {q.showCounters} ({fmtInt(o.counters.length)})
              </summary>
              <DataTable
                frameClass="mt-2 overflow-x-auto"
                className="w-full min-w-[640px] text-sm"
                headClass="bg-slate-50 text-left text-xs text-slate-600"
                head={
                  <HeadRow
                    cellClass="px-2 py-1 text-right"
                    cells={[[q.counters, 'px-2 py-1'], [q.current, 'px-2 py-1'], ...counterFigures.map(([h]) => h)]}
                  />
                }
              >
                {o.counters.map((c) => (
                  <tr key={c.id} className="border-t border-slate-100">
                    <th scope="row" className="px-2 py-1 text-left font-medium">
                      {c.name}{' '}
                      <span className="text-xs font-normal text-slate-600">{c.isOpen ? q.open : q.closed}</span>
                    </th>
                    <td className="num px-2 py-1">{c.current?.number ?? '–'}</td>
                    {counterFigures.map(([h, figure]) => (
                      <td key={h} className="num px-2 py-1 text-right">
                        {figure(c)}
                      </td>
                    ))}
                  </tr>
                ))}
              </DataTable>
              <Link href={`/layar?kantor=${o.id}`} className="mt-2 inline-block text-sm text-brand-700 underline">
                {q.openBoard}
              </Link>
            </details>
          </li>
        ))}
      </ul>
      <Pager page={d.page} scope={scope} asOf={asOf} lang={lang} />
    </div>
  );
}

/** "Kantor 51–100 dari 7.791" and links to the pages before and after (`hal=` in the URL). */
function Pager({ page, scope, asOf, lang }: { page: Queue['page']; scope: string; asOf: string | null; lang: Lang }) {
  const q = queueDict(lang);
  if (page.total <= OFFICES_PER_PAGE && page.offset === 0) return null;
  const n = Math.floor(page.offset / OFFICES_PER_PAGE) + 1;
  const href = (hal: number) => `/antrean?scope=${scope}${asOf ? `&asOf=${asOf}` : ''}${hal > 1 ? `&hal=${hal}` : ''}`;
  const shown = q.officesShown
    .replace('{from}', fmtInt(page.count ? page.offset + 1 : 0))
    .replace('{to}', fmtInt(page.offset + page.count))
    .replace('{total}', fmtInt(page.total));
  return (
    <nav className="flex flex-wrap items-center justify-between gap-2 text-sm" aria-label={shown}>
      <span data-testid="offices-shown">{shown}</span>
      <span className="flex gap-4">
        {n > 1 && (
          <Link href={href(n - 1)} className="text-brand-700 underline">
            {q.previousPage}
          </Link>
        )}
        {page.nextCursor !== null && (
          <Link href={href(n + 1)} className="text-brand-700 underline">
            {q.nextPage}
          </Link>
        )}
      </span>
    </nav>
  );
}
