'use client';

import { callApi } from '@/lib/client/api';
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import type { Overview } from '@/lib/overview/queries';
import type { Dict, Lang } from '@/lib/i18n/dict';
import { fmtDay, fmtDec, fmtInt, fmtPercent } from '@/lib/format';
import dynamic from 'next/dynamic';
import { orOffline } from '@/components/charts/orOffline';
import { ChartSlot } from '@/components/charts/ChartSlot';
import { ExportLinks } from '@/components/ExportLinks';
import { HeadRow } from '@/components/ui/HeadRow';
import { Badge } from '@/components/ui/Badge';
import { Stat } from '@/components/ui/Stat';
import { ToolsHeading } from '@/components/ui/ToolsHeading';
import { Breadcrumb } from '@/components/ui/Breadcrumb';
import { DateFilter } from '@/components/ui/DateFilter';
import { Card } from '@/components/ui/Card';
import { DataTable } from '@/components/ui/DataTable';

// Recharts is the largest chunk of the dashboard (~117 KB gzip): load it after the figures, so
// the first load stays small on a phone with one bar of signal.
const StockChart = dynamic(
  orOffline(() => import('@/components/charts/OverviewCharts').then((m) => m.StockChart)),
  { ssr: false, loading: ChartSlot },
);
const IkdChart = dynamic(
  orOffline(() => import('@/components/charts/OverviewCharts').then((m) => m.IkdChart)),
  { ssr: false, loading: ChartSlot },
);
const QueueChart = dynamic(
  orOffline(() => import('@/components/charts/OverviewCharts').then((m) => m.QueueChart)),
  { ssr: false, loading: ChartSlot },
);

const STATUS_STYLE: Record<string, string> = {
  OK: 'bg-emerald-100 text-emerald-900',
  ACHIEVED: 'bg-emerald-100 text-emerald-900',
  ON_TRACK: 'bg-sky-100 text-sky-900',
  BELOW_MINIMUM: 'bg-amber-100 text-amber-900',
  BEHIND: 'bg-amber-100 text-amber-900',
  OUT: 'bg-red-100 text-red-900',
};

function StatusBadge({ status, t }: { status: string; t: Dict }) {
  return <Badge tone={STATUS_STYLE[status] ?? 'bg-slate-100'}>{t.statusLabel[status] ?? status}</Badge>;
}

/** The region column stays in view while the table scrolls sideways on a phone. */
const STICKY = 'sticky left-0 z-10 max-w-[9rem] shadow-[2px_0_0_0_rgb(226_232_240)]';

function href(scope: string, asOf: string | null) {
  return `/overview?scope=${scope}${asOf ? `&asOf=${asOf}` : ''}`;
}

export function OverviewView({
  initial,
  t,
  lang,
  canNational,
  embedded = false,
  problems,
}: {
  initial: Overview;
  t: Dict;
  lang: Lang;
  canNational: boolean;
  /** below a home's own heading (the officer's day): the scope's name is a second-level heading */
  embedded?: boolean;
  /** the province's problem lists (rendered on the server), shown above the pillars */
  problems?: React.ReactNode;
}) {
  const scope = initial.scope.code;
  const asOf = initial.asOf;
  const { data } = useQuery({
    queryKey: ['overview', scope, asOf],
    queryFn: () => callApi<Overview>({ path: `/overview?scope=${scope}${asOf ? `&asOf=${asOf}` : ''}`, lang }),
    initialData: initial,
    // Live queue figures: refresh every 30 s while the page is open (past days never change).
    refetchInterval: asOf ? false : 30_000,
  });
  const d = data ?? initial;
  const childLabel = d.scope.level === 'national' ? t.provinces : t.regencyList;
  const province = d.scope.level === 'province' ? { code: d.scope.code, name: d.scope.name } : d.scope.parent;

  return (
    <div className="space-y-4">
      <Breadcrumb
        links={[
          canNational && { href: href('national', asOf), name: 'Indonesia' },
          province && d.scope.level !== 'province' && { href: href(province.code, asOf), name: province.name },
        ]}
      />

      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          {embedded ? (
            <h2 className="text-xl font-bold" data-testid="scope-name">
              {d.scope.name}
            </h2>
          ) : (
            <h1 className="text-2xl font-bold" data-testid="scope-name">
              {d.scope.name}
            </h1>
          )}
          <p className="text-sm text-slate-600">
            {t.overview} · {asOf ? `${t.asOf} ${fmtDay(asOf, lang)}` : `${t.today}, ${fmtDay(d.today, lang)}`}
          </p>
        </div>
        <form action="/overview" className="no-print flex items-end gap-2">
          <input type="hidden" name="scope" value={scope} />
          <DateFilter
            label={t.asOf}
            name="asOf"
            value={asOf}
            max={d.today}
            className="text-sm"
            captionClass="mb-1 block text-slate-600"
          />
          <button className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white">{t.show}</button>
        </form>
      </div>

      {problems}

      <div className="grid gap-3 md:grid-cols-3">
        <Card id="p-stock" title={t.blangko} titleClass="mb-2 font-semibold text-brand-800">
          <dl className="grid grid-cols-2 gap-2">
            <Stat label={t.onHandRegencies} value={fmtInt(d.stock.onHand)} testId="stock-onhand" />
            {d.scope.level === 'regency' ? (
              // one regency: its minimum, not counts of regencies ("1", "0 / 0")
              <Stat label={t.minimum} value={fmtInt(d.stock.minimumTotal)} testId="stock-minimum" />
            ) : (
              <>
                <Stat
                  label={`${t.belowMinimum} / ${t.out}`}
                  value={`${fmtInt(d.stock.belowMinimum)} / ${fmtInt(d.stock.out)}`}
                  testId="stock-below"
                />
                <Stat label={t.warehouse} value={fmtInt(d.stock.warehouseOnHand)} testId="stock-warehouse" />
                <Stat label={t.regencies} value={fmtInt(d.stock.regencies)} />
              </>
            )}
          </dl>
          <StockChart data={d} t={t} />
        </Card>

        <section aria-labelledby="p-ikd" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="p-ikd" className="mb-2 flex items-center justify-between gap-2 font-semibold text-brand-800">
            {t.ikd} <StatusBadge status={d.ikd.status} t={t} />
          </h2>
          <dl className="grid grid-cols-2 gap-2">
            <Stat label={t.activations} value={fmtInt(d.ikd.activations)} testId="ikd-activations" />
            <Stat label={t.wajibKtp} value={fmtInt(d.ikd.wajibKtp)} testId="ikd-wajib" />
            <Stat
              label={`% / ${t.target}`}
              value={`${fmtPercent(d.ikd.percent)} / ${fmtPercent(d.ikd.targetPercent)}`}
              testId="ikd-percent"
            />
            <Stat label={t.gap} value={fmtInt(d.ikd.gapPersons)} />
          </dl>
          <div
            className="mt-2 h-2 overflow-hidden rounded bg-slate-200"
            role="progressbar"
            aria-label={`${t.activations} / ${t.target}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(
              Math.min(100, d.ikd.targetPercent > 0 ? (d.ikd.percent / d.ikd.targetPercent) * 100 : 0),
            )}
          >
            <div
              className="h-full bg-brand-600"
              style={{
                width: `${Math.min(100, d.ikd.targetPercent > 0 ? (d.ikd.percent / d.ikd.targetPercent) * 100 : 0)}%`,
              }}
            />
          </div>
          <p className="mt-1 text-xs text-slate-600">
            {t.pace30}: {fmtDec(d.ikd.pace30)}
            {t.perDay} · {t.requiredPace}: {fmtDec(d.ikd.requiredDailyPace)}
            {t.perDay}
          </p>
          <IkdChart data={d} t={t} lang={lang} />
        </section>

        <Card id="p-queue" title={t.queue} titleClass="mb-2 font-semibold text-brand-800">
          <dl className="grid grid-cols-2 gap-2">
            <Stat label={t.waitingNow} value={fmtInt(d.queue.waiting)} testId="queue-waiting" />
            <Stat label={t.servedToday} value={fmtInt(d.queue.served)} testId="queue-served" />
            <Stat label={t.capacity} value={fmtInt(d.queue.capacity)} testId="queue-capacity" />
            <Stat
              label={`${t.openCounters} / ${t.offices}`}
              value={`${fmtInt(d.queue.openCounters)} / ${fmtInt(d.queue.offices)}`}
            />
          </dl>
          <QueueChart data={d} t={t} />
        </Card>
      </div>

      {d.children.length > 0 && (
        <section aria-labelledby="children" className="rounded-xl border border-slate-200 bg-white">
          <ToolsHeading
            id="children"
            title={childLabel}
            className="flex flex-wrap items-center justify-between gap-2 px-4 pt-3"
          >
            <ExportLinks
              href={`/api/v1/overview?scope=${scope}${asOf ? `&asOf=${asOf}` : ''}`}
              lang={lang}
              testId="overview-export"
              className="no-print"
            />
          </ToolsHeading>
          {d.scope.level === 'province' && d.children.length === 1 && d.stock.regencies > 1 && (
            <p className="px-4 text-xs text-slate-600">{t.summaryOnly}</p>
          )}
          <p className="mt-1 px-4 text-xs text-slate-700 md:hidden" aria-hidden>
            {lang === 'en'
              ? 'Scroll the table sideways for more columns'
              : 'Geser tabel ke samping untuk kolom lainnya'}{' '}
            →
          </p>
          <DataTable
            region={childLabel}
            className="mt-2 w-full min-w-[640px] text-sm"
            testId="children-table"
            headClass="bg-slate-50 text-left text-xs text-slate-600"
            head={
              <HeadRow
                cellClass="px-2 py-2 text-right"
                cells={[
                  [t.region, `px-4 py-2 ${STICKY} bg-slate-50`],
                  t.onHand,
                  [t.status, 'px-2 py-2'],
                  'IKD %',
                  ['IKD', 'px-2 py-2'],
                  t.waiting,
                  t.served,
                ]}
              />
            }
          >
            {d.children.map((c) => (
              <tr key={c.code} className="border-t border-slate-100" data-code={c.code}>
                <td className={`px-4 py-2 ${STICKY} bg-white`}>
                  <Link href={href(c.code, asOf)} className="font-medium text-brand-700 underline">
                    {c.name}
                  </Link>
                  {c.overdue && c.level === 'regency' && (
                    <span title={t.overdueHint} className="ml-1 rounded bg-red-50 px-1 text-xs text-red-800">
                      {t.overdue}
                    </span>
                  )}
                </td>
                <td className="num px-2 py-2 text-right">{fmtInt(c.stock.onHand)}</td>
                <td className="px-2 py-2">
                  {c.stock.status ? (
                    <StatusBadge status={c.stock.status} t={t} />
                  ) : (
                    <span className="text-xs text-slate-700">
                      {fmtInt(c.stock.belowMinimum)} {t.belowMinimum.toLowerCase()}
                    </span>
                  )}
                </td>
                <td className="num px-2 py-2 text-right">{fmtPercent(c.ikd.percent)}</td>
                <td className="px-2 py-2">
                  <StatusBadge status={c.ikd.status} t={t} />
                </td>
                <td className="num px-2 py-2 text-right">{fmtInt(c.queue.waiting)}</td>
                <td className="num px-2 py-2 text-right">{fmtInt(c.queue.served)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}

      {d.scope.level === 'regency' && (
        <Card id="offices" title={t.officeList}>
          {d.offices.length === 0 ? (
            <p className="text-sm text-slate-600">{t.noOffices}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {d.offices.map((o) => (
                <li key={o.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <span className="font-medium">{o.name}</span>
                  <span className="num text-slate-700">
                    {t.waiting} {fmtInt(o.waiting)} · {t.served} {fmtInt(o.served)} · {t.capacity} {fmtInt(o.capacity)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </div>
  );
}
