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
import { regionChoices } from '@/lib/regions/choices';
import { NotAllowed } from '@/components/NotAllowed';
import { REPORT_TABLES, REPORT_TABLE_NAMES } from '@/lib/export/reports';
import { PrintButton } from './PrintButton';
import { ReportBarChart } from './ReportChartLazy';
import { PrintMargins } from './PrintMargins';
import { stockDict } from '@/lib/i18n/stock';
import { ikdDict } from '@/lib/i18n/ikd';
import { PeriodStatus } from './PeriodStatus';
import { itemDict } from '@/lib/i18n/items';

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
  // the regions offered by name: the provinces and the scope's regencies the reader may report on
  const choices = regionChoices(idx, scope, (code) => can(actor, 'queue.read', code));
  const month = parsed.data.month ?? lastMonth(localDate(tz));
  const { data } = await pageRead(() => getMonthlyReport(actor, { scope, month }));
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <form method="get" className="no-print mb-4 flex flex-wrap items-end gap-3" aria-label={r.title}>
        <RegionSelect choices={choices} value={scope} label={r.region} lang={lang} />
        <label className="flex flex-col text-sm">
          {r.month}
          <input
            type="month"
            name="month"
            defaultValue={month}
            className="rounded-md border border-slate-400 px-2 py-1"
          />
        </label>
        <button type="submit" className="rounded-md border border-slate-400 px-3 py-1 text-sm">
          {r.show}
        </button>
        {data && <PrintButton label={r.print} />}
      </form>
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
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-sm" data-testid="report-items">
            <caption className="text-left font-semibold">{itemDict(lang).monthEnd}</caption>
            <thead>
              <tr>
                <Th>{itemDict(lang).item}</Th>
                <Th num>{r.totalOnHand}</Th>
                {data.stock.warehouseOnHand !== null && <Th num>{r.warehouse}</Th>}
                <Th num>{r.belowMinimum}</Th>
              </tr>
            </thead>
            <tbody>
              {data.stock.items.map((i) => (
                <tr key={i.item} data-item={i.item}>
                  <Td>{i.name[lang]}</Td>
                  <Td num>
                    {fmtInt(i.onHand)} {i.unit[lang]}
                  </Td>
                  {i.warehouseOnHand !== null && (
                    <Td num>
                      {fmtInt(i.warehouseOnHand)} {i.unit[lang]}
                    </Td>
                  )}
                  <Td num>{fmtInt(i.belowMinimum)}</Td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-sm">
            <thead>
              <tr>
                <Th>{r.region}</Th>
                <Th num>{r.onHand}</Th>
                <Th num>{r.minimum}</Th>
                <Th>{r.status}</Th>
                <Th num>{r.avgDailyUse}</Th>
                <Th num>{r.daysOfCover}</Th>
                <Th num>{r.openingBalance}</Th>
              </tr>
            </thead>
            <tbody>
              {data.stock.rows.map((s) => (
                <tr key={s.regencyCode}>
                  <Td>{s.name}</Td>
                  <Td num>{fmtInt(s.onHand)}</Td>
                  <Td num>{fmtInt(s.minimum)}</Td>
                  <Td>{statusLabel(s.status)}</Td>
                  <Td num>{fmtDec(s.avgDailyUse)}</Td>
                  <Td num>{s.daysOfCover === null ? '–' : fmtInt(s.daysOfCover)}</Td>
                  <Td num>{fmtInt(s.openingBalance)}</Td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section title={r.movementsTitle} testId="report-movements">
        {data.movements.length === 0 ? (
          <p className="text-sm">{r.none}</p>
        ) : (
          <>
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <thead>
                  <tr>
                    <Th>{r.type}</Th>
                    <Th num>{r.count}</Th>
                    <Th num>{r.quantity}</Th>
                    <Th num>{r.delta}</Th>
                  </tr>
                </thead>
                <tbody>
                  {data.movements.map((m) => (
                    <tr key={m.type}>
                      <Td>{typeLabel[m.type] ?? m.type}</Td>
                      <Td num>{fmtInt(m.count)}</Td>
                      <Td num>{fmtInt(m.quantity)}</Td>
                      <Td num>{fmtInt(m.delta)}</Td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-sm">
            <thead>
              <tr>
                <Th num>{r.rank}</Th>
                <Th>{r.region}</Th>
                <Th num>{r.activations}</Th>
                <Th num>{r.percent}</Th>
                <Th num>{r.target}</Th>
              </tr>
            </thead>
            <tbody>
              {data.ikd.rows.map((k) => (
                <tr key={k.code}>
                  <Td num>
                    {k.rank}/{data.ikd.rankOf}
                  </Td>
                  <Td>{k.name}</Td>
                  <Td num>{fmtInt(k.activations)}</Td>
                  <Td num>{fmtPercent(k.percent)}</Td>
                  <Td num>{fmtPercent(k.target)}</Td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 className="mt-4 text-base font-semibold">{r.bySegmentChannel}</h3>
        {data.ikd.monthBySegmentChannel.length === 0 ? (
          <p className="text-sm">{r.none}</p>
        ) : (
          <>
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <thead>
                  <tr>
                    <Th>{r.segment}</Th>
                    <Th>{r.channel}</Th>
                    <Th num>{r.activations}</Th>
                  </tr>
                </thead>
                <tbody>
                  {data.ikd.monthBySegmentChannel.map((a) => (
                    <tr key={`${a.segment}-${a.channel}`}>
                      <Td>{segmentLabel[a.segment] ?? a.segment}</Td>
                      <Td>{channelLabel[a.channel] ?? a.channel}</Td>
                      <Td num>{fmtInt(a.count)}</Td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead>
                <tr>
                  <Th>{r.office}</Th>
                  <Th num>{r.days}</Th>
                  <Th num>{r.issued}</Th>
                  <Th num>{r.served}</Th>
                  <Th num>{r.noShows}</Th>
                  <Th num>{r.serviceLevel}</Th>
                </tr>
              </thead>
              <tbody>
                {data.queue.offices.map((o) => (
                  <tr key={o.id}>
                    <Td>{o.name}</Td>
                    <Td num>{fmtInt(o.days)}</Td>
                    <Td num>{fmtInt(o.issued)}</Td>
                    <Td num>{fmtInt(o.served)}</Td>
                    <Td num>{fmtInt(o.noShows)}</Td>
                    <Td num>{o.serviceLevel === null ? '–' : fmtPercent(o.serviceLevel)}</Td>
                  </tr>
                ))}
                <tr className="font-semibold">
                  <Td>{r.total}</Td>
                  <Td num>{''}</Td>
                  <Td num>{fmtInt(data.queue.issued)}</Td>
                  <Td num>{fmtInt(data.queue.served)}</Td>
                  <Td num>{fmtInt(data.queue.noShows)}</Td>
                  <Td num>{data.queue.serviceLevel === null ? '–' : fmtPercent(data.queue.serviceLevel)}</Td>
                </tr>
              </tbody>
            </table>
          </div>
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
