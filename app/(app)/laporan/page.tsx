import type { Lang } from '@/lib/i18n/dict';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { openDashboardPage, pageRead } from '@/lib/pages/read';
import { param, type SearchParams } from '@/lib/pages/params';
import { can } from '@/lib/auth/permissions';
import { defaultRegion } from '@/lib/auth/landing';
import { reportsDict, type ReportsDict } from '@/lib/i18n/reports';
import { getMonthlyReport, reportQuery, type MonthlyReport } from '@/lib/reports/queries';
import { regionIndex } from '@/lib/regions/queries';
import { getHandle } from '@/lib/db';
import { localDate } from '@/lib/time';
import { fmtDay, fmtDec, fmtInt, fmtPercent } from '@/lib/format';
import { AppShell } from '@/components/AppShell';
import { RegionSelect } from '@/components/RegionSelect';
import { FilterForm, MonthField } from '@/components/FilterForm';
import { NotAllowed } from '@/components/NotAllowed';
import { REPORT_TABLES, REPORT_TABLE_NAMES } from '@/lib/export/reports';
import { PrintButton } from './PrintButton';
import { ReportBarChart } from './ReportChartLazy';
import { PrintMargins } from './PrintMargins';
import { stockDict } from '@/lib/i18n/stock';
import { ikdDict } from '@/lib/i18n/ikd';
import { PeriodStatus } from './PeriodStatus';
import { itemDict } from '@/lib/i18n/items';
import { DataTable } from '@/components/ui/DataTable';

export const metadata: Metadata = { title: 'Laporan bulanan' };
export const dynamic = 'force-dynamic';

const pageQuery = reportQuery.partial();

function lastMonth(today: string): string {
  const [y, m] = today.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** /laporan?scope=PROVINCE|REGENCY&month=YYYY-MM — the printable monthly report (A4). */
export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const r = reportsDict(lang);
  const parsed = pageQuery.safeParse({ scope: param(sp.scope), month: param(sp.month) });
  if (!parsed.success) notFound();
  const idx = await regionIndex(await getHandle());
  const scope = parsed.data.scope ?? defaultRegion(actor);
  const tz = idx.byCode.get(scope)?.timeZone ?? 'Asia/Jakarta';
  const month = parsed.data.month ?? lastMonth(localDate(tz));
  const { data } = await pageRead(() => getMonthlyReport(actor, { scope, month }));
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <FilterForm
        label={r.title}
        submit={r.show}
        className="no-print mb-4 flex flex-wrap items-end gap-3"
        after={data && <PrintButton label={r.print} />}
      >
        {/* the regions offered by name: the provinces and the scope's regencies the reader may report on */}
        <RegionSelect scope={scope} may={(c) => can(actor, 'queue.read', c)} label={r.region} lang={lang} />
        <MonthField label={r.month} value={month} />
      </FilterForm>
      {data && <ReportExports scope={data.scope.code} month={data.month} r={r} lang={lang} />}
      {data ? (
        <Report
          data={data}
          r={r}
          lang={lang}
          printedOn={localDate(tz)}
          status={<PeriodStatus actor={actor} scope={data.scope.code} month={data.month} lang={lang} />}
        />
      ) : (
        <NotAllowed message={r.forbidden} />
      )}
    </AppShell>
  );
}

/** Download links of the report's tables (hidden in print): one workbook, or one CSV per table. */
function ReportExports({ scope, month, r, lang }: { scope: string; month: string; r: ReportsDict; lang: Lang }) {
  const href = (q: string) => `/api/v1/reports/monthly?scope=${scope}&month=${month}&${q}`;
  return (
    <nav
      className="no-print mb-4 flex flex-wrap gap-x-3 gap-y-1 text-sm"
      aria-label={r.downloadAll}
      data-testid="report-export"
    >
      <a className="text-brand-700 underline" href={href('format=xlsx')} download>
        {r.downloadAll}
      </a>
      <span className="text-slate-700">{r.downloadCsv}:</span>
      {REPORT_TABLES.map((t) => (
        <a key={t} className="text-brand-700 underline" href={href(`format=csv&table=${t}`)} download>
          {REPORT_TABLE_NAMES[t][lang]}
        </a>
      ))}
    </nav>
  );
}

function Th({ children, num }: { children: React.ReactNode; num?: boolean }) {
  return (
    <th scope="col" className={`border-b border-slate-300 px-2 py-1 ${num ? 'text-right' : 'text-left'}`}>
      {children}
    </th>
  );
}
function Td({ children, num }: { children: React.ReactNode; num?: boolean }) {
  return <td className={`border-b border-slate-200 px-2 py-1 ${num ? 'text-right tabular-nums' : ''}`}>{children}</td>;
}

/** A column of a report table: its heading, its cell of a row, and whether it holds figures
 *  (right-aligned); `false` leaves it out (the warehouse column of a regency's report). */
type Column<R> = { head: string; cell: (row: R) => React.ReactNode; num?: boolean } | false;

/** One table of the report: a row per item of `rows` (in their order: a printed report's rows
 *  never move, so they are keyed by place), cut into `columns`; `children` are rows after them
 *  (a total). */
function ReportTable<R>({
  columns,
  rows,
  rowData,
  className = 'w-full text-sm',
  testId,
  caption,
  children,
}: {
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowData?: (row: R) => string;
  className?: string;
  testId?: string;
  caption?: string;
  children?: React.ReactNode;
}) {
  const shown = columns.filter((c) => c !== false);
  return (
    <DataTable
      className={className}
      testId={testId}
      caption={caption && <caption className="text-left font-semibold">{caption}</caption>}
      head={
        <tr>
          {shown.map((c, i) => (
            <Th key={i} num={c.num}>
              {c.head}
            </Th>
          ))}
        </tr>
      }
    >
      {rows.map((row, n) => (
        <tr key={n} data-item={rowData?.(row)}>
          {shown.map((c, i) => (
            <Td key={i} num={c.num}>
              {c.cell(row)}
            </Td>
          ))}
        </tr>
      ))}
      {children}
    </DataTable>
  );
}

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <section className="report-section mt-6" data-testid={testId}>
      <h2 className="mb-2 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Report({
  data,
  r,
  lang,
  printedOn,
  status,
}: {
  data: MonthlyReport;
  r: ReportsDict;
  lang: Lang;
  printedOn: string;
  status?: React.ReactNode;
}) {
  const typeLabel: Record<string, string> = stockDict(lang).typeLabel;
  const { segment: segmentLabel, channel: channelLabel } = ikdDict(lang);
  const period = `${fmtDay(data.from, lang)} – ${fmtDay(data.to, lang)}`;
  const byChannel = new Map<string, number>();
  for (const a of data.ikd.monthBySegmentChannel) byChannel.set(a.channel, (byChannel.get(a.channel) ?? 0) + a.count);
  const statusLabel = (s: string) => (r as Record<string, string>)[`status_${s}`] ?? s;
  const serviceLevel = (p: number | null) => (p === null ? '–' : fmtPercent(p));
  return (
    <article className="report" data-testid="report">
      <PrintMargins
        title={`${r.title} · ${data.scope.name} (${data.scope.code})`}
        period={`${r.period}: ${period}`}
        source={`${r.printedNote} · ${fmtDay(printedOn, lang)}`}
        page={r.page}
        of={r.of}
      />
      <header className="report-header border-b border-slate-300 pb-2">
        <h1 className="text-xl font-bold">
          {r.title}: {data.scope.name}
        </h1>
        <p className="text-sm text-slate-700">
          {r.region}: {data.scope.name} ({data.scope.code}) · {r.period}: {period}
        </p>
        {status}
      </header>

      <Section title={r.stockTitle} testId="report-stock">
        <p className="text-sm">
          {r.totalOnHand}: <strong data-testid="report-stock-total">{fmtInt(data.stock.onHand)}</strong>
          {data.stock.warehouseOnHand !== null && (
            <>
              {' '}
              · {r.warehouse}: <strong>{fmtInt(data.stock.warehouseOnHand)}</strong>
            </>
          )}{' '}
          · {r.belowMinimum}: <strong>{fmtInt(data.stock.belowMinimum)}</strong>
        </p>
        <ReportTable
          className="mt-2 w-full text-sm"
          testId="report-items"
          caption={itemDict(lang).monthEnd}
          rows={data.stock.items}
          rowData={(i) => i.item}
          columns={[
            { head: itemDict(lang).item, cell: (i) => i.name[lang] },
            { head: r.totalOnHand, num: true, cell: (i) => `${fmtInt(i.onHand)} ${i.unit[lang]}` },
            data.stock.warehouseOnHand !== null && {
              head: r.warehouse,
              num: true,
              cell: (i) => i.warehouseOnHand !== null && `${fmtInt(i.warehouseOnHand)} ${i.unit[lang]}`,
            },
            { head: r.belowMinimum, num: true, cell: (i) => fmtInt(i.belowMinimum) },
          ]}
        />
        <ReportTable
          className="mt-2 w-full text-sm"
          rows={data.stock.rows}
          columns={[
            { head: r.region, cell: (s) => s.name },
            { head: r.onHand, num: true, cell: (s) => fmtInt(s.onHand) },
            { head: r.minimum, num: true, cell: (s) => fmtInt(s.minimum) },
            { head: r.status, cell: (s) => statusLabel(s.status) },
            { head: r.avgDailyUse, num: true, cell: (s) => fmtDec(s.avgDailyUse) },
            { head: r.daysOfCover, num: true, cell: (s) => (s.daysOfCover === null ? '–' : fmtInt(s.daysOfCover)) },
            { head: r.openingBalance, num: true, cell: (s) => fmtInt(s.openingBalance) },
          ]}
        />
      </Section>

      <Section title={r.movementsTitle} testId="report-movements">
        {data.movements.length === 0 ? (
          <p className="text-sm">{r.none}</p>
        ) : (
          <>
            <ReportTable
              rows={data.movements}
              columns={[
                { head: r.type, cell: (m) => typeLabel[m.type] ?? m.type },
                { head: r.count, num: true, cell: (m) => fmtInt(m.count) },
                { head: r.quantity, num: true, cell: (m) => fmtInt(m.quantity) },
                { head: r.delta, num: true, cell: (m) => fmtInt(m.delta) },
              ]}
            />
            <ReportBarChart
              title={r.chartMovements}
              data={data.movements.map((m) => ({ name: typeLabel[m.type] ?? m.type, value: m.quantity }))}
            />
          </>
        )}
      </Section>

      <Section title={r.ikdTitle} testId="report-ikd">
        <p className="text-sm">
          {r.activations}: <strong>{fmtInt(data.ikd.activations)}</strong> · {r.percent}:{' '}
          <strong>{fmtPercent(data.ikd.percent)}</strong> · {r.target}: {fmtPercent(data.ikd.target)} ·{' '}
          {r.monthActivations}: <strong data-testid="report-ikd-month">{fmtInt(data.ikd.monthTotal)}</strong>
        </p>
        <ReportTable
          className="mt-2 w-full text-sm"
          rows={data.ikd.rows}
          columns={[
            { head: r.rank, num: true, cell: (k) => `${k.rank}/${data.ikd.rankOf}` },
            { head: r.region, cell: (k) => k.name },
            { head: r.activations, num: true, cell: (k) => fmtInt(k.activations) },
            { head: r.percent, num: true, cell: (k) => fmtPercent(k.percent) },
            { head: r.target, num: true, cell: (k) => fmtPercent(k.target) },
          ]}
        />
        <h3 className="mt-4 text-base font-semibold">{r.bySegmentChannel}</h3>
        {data.ikd.monthBySegmentChannel.length === 0 ? (
          <p className="text-sm">{r.none}</p>
        ) : (
          <>
            <ReportTable
              rows={data.ikd.monthBySegmentChannel}
              columns={[
                { head: r.segment, cell: (a) => segmentLabel[a.segment] ?? a.segment },
                { head: r.channel, cell: (a) => channelLabel[a.channel] ?? a.channel },
                { head: r.activations, num: true, cell: (a) => fmtInt(a.count) },
              ]}
            />
            <ReportBarChart
              title={r.chartChannels}
              data={[...byChannel].map(([c, value]) => ({ name: channelLabel[c] ?? c, value }))}
            />
          </>
        )}
      </Section>

      <Section title={r.queueTitle} testId="report-queue">
        {data.queue.offices.length === 0 ? (
          <p className="text-sm">{r.none}</p>
        ) : (
          <ReportTable
            rows={data.queue.offices}
            columns={[
              { head: r.office, cell: (o) => o.name },
              { head: r.days, num: true, cell: (o) => fmtInt(o.days) },
              { head: r.issued, num: true, cell: (o) => fmtInt(o.issued) },
              { head: r.served, num: true, cell: (o) => fmtInt(o.served) },
              { head: r.noShows, num: true, cell: (o) => fmtInt(o.noShows) },
              { head: r.serviceLevel, num: true, cell: (o) => serviceLevel(o.serviceLevel) },
            ]}
          >
            <tr className="font-semibold">
              <Td>{r.total}</Td>
              <Td num>{''}</Td>
              <Td num>{fmtInt(data.queue.issued)}</Td>
              <Td num>{fmtInt(data.queue.served)}</Td>
              <Td num>{fmtInt(data.queue.noShows)}</Td>
              <Td num>{serviceLevel(data.queue.serviceLevel)}</Td>
            </tr>
          </ReportTable>
        )}
      </Section>
      <section className="report-signature mt-10 flex break-inside-avoid justify-end" data-testid="report-signature">
        <div className="w-64 text-sm">
          <p>
            {data.scope.name.replace(/^(Kabupaten|Kota) /, '')}, {fmtDay(printedOn, lang)}
          </p>
          <p className="mt-2">{r.acknowledged}</p>
          <p>
            {r.headOf} {data.scope.name}
          </p>
          <div className="h-20" aria-hidden />
          <p className="border-b border-slate-500">{r.signName}:</p>
          <p className="mt-1">{r.signId}:</p>
        </div>
      </section>
      <footer className="report-footer mt-6 text-xs text-slate-600">
        {r.printedNote} · {data.scope.name} · {period}
      </footer>
    </article>
  );
}
