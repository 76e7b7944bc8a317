import type { Lang } from '@/lib/i18n/dict';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { openDashboardPage, pageRead, refusalText } from '@/lib/pages/read';
import { param, type SearchParams } from '@/lib/pages/params';
import { can } from '@/lib/auth/permissions';
import { scorecardDict } from '@/lib/i18n/scorecard';
import { fmtDay, fmtDec } from '@/lib/format';
import { getHandle } from '@/lib/db';
import { regionIndex } from '@/lib/regions/queries';
import { currentPeriod, getScorecard, scorecardQuery } from '@/lib/scorecard/queries';
import { recentPeriods } from '@/lib/scorecard/rules';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { ExportLinks } from '@/components/ExportLinks';
import { PrintButton } from '@/app/(app)/laporan/PrintButton';
import { HeadRow } from '@/components/ui/HeadRow';
import { NamedOptions, ValueOptions } from '@/components/ui/NamedOptions';
import { DataTable, EmptyRow } from '@/components/ui/DataTable';
import { Captioned } from '@/components/ui/Captioned';

export const metadata: Metadata = { title: 'Skor kinerja' };
export const dynamic = 'force-dynamic';

const CAPTION = 'mb-1 block text-slate-700';
const SELECT = 'rounded-md border border-slate-400 bg-white px-2 py-2';

/** /skor?scope=national|PROVINCE&period=YYYY-MM-H1|H2 — SPEC §15's half-month scorecard. */
export default async function ScorecardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const d = scorecardDict(lang);
  const home = actor.role === 'ADMIN' || !actor.scopeCode ? 'national' : actor.scopeCode.split('.')[0];
  const parsed = scorecardQuery.safeParse({ scope: param(sp.scope) ?? home, period: param(sp.period) });
  if (!parsed.success) notFound();
  const { data, refused } = await pageRead(() => getScorecard(actor, parsed.data), { refuse: 'any' });
  const idx = await regionIndex(await getHandle());
  const scopes = [
    ...(can(actor, 'scorecard.national.read', 'national') ? [{ code: 'national', name: d.national }] : []),
    ...idx.provinces.filter((p) => can(actor, 'scorecard.read', p.code)),
  ];
  // five years of half months (the demo's history starts in July 2022), and the one asked for
  const recent = recentPeriods(currentPeriod(), 120);
  const scope = parsed.data.scope;
  const period = data?.period ?? parsed.data.period ?? recent[0];
  const periods = recent.includes(period) ? recent : [...recent, period];
  const href = (s: string) => `/skor?scope=${s}&period=${period}`;

  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <article className="report space-y-4" data-testid="scorecard">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">
              {d.title} · {data?.scope.name ?? scope}
            </h1>
            <p className="text-sm text-slate-700" data-testid="period">
              {d.periodLabel(period)}
              {data && ` (${fmtDay(data.from, lang)} – ${fmtDay(data.to, lang)})`}
            </p>
          </div>
          <form action="/skor" className="no-print flex flex-wrap items-end gap-2">
            <Captioned caption={d.scope} captionClass={CAPTION}>
              <select name="scope" defaultValue={scope} className={SELECT}>
                <NamedOptions items={scopes} />
              </select>
            </Captioned>
            <Captioned caption={d.period} captionClass={CAPTION}>
              <select name="period" defaultValue={period} className={SELECT}>
                <ValueOptions values={periods} label={d.periodLabel} />
              </select>
            </Captioned>
            <button className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white">{d.show}</button>
            <PrintButton label={d.print} />
          </form>
        </div>
        <p className="text-sm text-slate-700">{d.intro}</p>

        {refused && <NotAllowed message={refusalText(refused, t.forbidden, lang)} />}

        {data && (
          <>
            <ExportLinks
              href={`/api/v1/scorecard?scope=${scope}&period=${data.period}`}
              lang={lang}
              className="no-print"
              testId="scorecard-export"
            />
            <DataTable
              frameClass="overflow-x-auto rounded-xl border border-slate-200 bg-white"
              className="w-full text-sm"
              testId="scorecard-table"
              caption={
                <caption className="sr-only">
                  {d.title} {data.scope.name}, {d.periodLabel(data.period)}
                </caption>
              }
              head={
                <HeadRow
                  className="text-left text-slate-700"
                  cellClass="px-2 py-2 text-right font-medium"
                  cells={[
                    [d.col.rank, 'px-3 py-2 text-right font-medium'],
                    [d.col.change, 'px-2 py-2 font-medium'],
                    [d.col.region, 'px-2 py-2 font-medium'],
                    d.col.ikdScore,
                    d.col.stockScore,
                    d.col.timelinessScore,
                    [d.col.score, 'px-3 py-2 text-right font-medium'],
                  ]}
                />
              }
            >
              {data.rows.length === 0 && (
                <EmptyRow columns={7} className="px-3 py-3 text-slate-700">
                  {d.empty}
                </EmptyRow>
              )}
              {data.rows.map((r) => (
                <tr key={r.code} className="border-t border-slate-100" data-testid={`score-${r.code}`}>
                  <td className="num px-3 py-1.5 text-right font-semibold">{r.rank}</td>
                  <td className="px-2 py-1.5 whitespace-nowrap">
                    <Change change={r.change} lang={lang} />
                  </td>
                  <th scope="row" className="px-2 py-1.5 text-left font-normal">
                    {scope === 'national' && can(actor, 'scorecard.read', r.code) ? (
                      <Link href={href(r.code)} className="text-brand-700 underline">
                        {r.name}
                      </Link>
                    ) : (
                      r.name
                    )}
                  </th>
                  <td className="num px-2 py-1.5 text-right">{fmtDec(r.ikdScore)}</td>
                  <td className="num px-2 py-1.5 text-right">{fmtDec(r.stockScore)}</td>
                  <td className="num px-2 py-1.5 text-right">{fmtDec(r.timelinessScore)}</td>
                  <td className="num px-3 py-1.5 text-right font-semibold">{fmtDec(r.score)}</td>
                </tr>
              ))}
            </DataTable>
            <ul className="list-disc space-y-0.5 pl-5 text-xs text-slate-700">
              <li>{d.legendIkd}</li>
              <li>{d.legendStock}</li>
              <li>{d.legendTimely}</li>
            </ul>
          </>
        )}
      </article>
    </AppShell>
  );
}

function Change({ change, lang }: { change: number | null; lang: Lang }) {
  const d = scorecardDict(lang);
  if (change === null) return <span className="text-slate-600">{d.newRow}</span>;
  if (change === 0) return <span className="text-slate-600">= {d.same}</span>;
  return change > 0 ? (
    <span className="text-green-800">
      <span aria-hidden>▲ </span>
      {d.up(change)}
    </span>
  ) : (
    <span className="text-red-800">
      <span aria-hidden>▼ </span>
      {d.down(-change)}
    </span>
  );
}
