import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { openDashboardPage, pageRead } from '@/lib/pages/read';
import { param, type SearchParams } from '@/lib/pages/params';
import { can, homeScope, type Actor } from '@/lib/auth/permissions';
import { getOverview, overviewQuery, type Overview } from '@/lib/overview/queries';
import { getOfficerToday } from '@/lib/overview/today';
import { provinceProblems } from '@/lib/overview/rules';
import { getProvinceStock } from '@/lib/stock/queries';
import type { Lang } from '@/lib/i18n/dict';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { OverviewView } from './OverviewView';
import { NationalTileMap } from '@/components/TileMap';
import { SubmitPrompt } from '@/components/SubmitPrompt';
import { OfficerToday } from './OfficerToday';
import { ProvinceProblems } from '@/components/ProvinceProblems';

export const metadata: Metadata = { title: 'Ringkasan' };
export const dynamic = 'force-dynamic';

/** A province's problem lists for those who read all its regencies (heads, admin). */
async function problemsOf(actor: Actor, d: Overview, lang: Lang) {
  if (d.scope.level !== 'province' || d.children.length !== d.stock.regencies) return null;
  const stock = await getProvinceStock(actor, { province: d.scope.code, asOf: d.asOf ?? undefined });
  const child = new Map(d.children.map((c) => [c.code, c]));
  const rows = stock.regencies.map((r) => ({
    code: r.regencyCode,
    name: r.name,
    onHand: r.onHand,
    minimum: r.minimum,
    status: r.status,
    daysOfCover: r.daysOfCover,
    projectedStockoutDate: r.projectedStockoutDate,
    // overdue counts stock and IKD (the overview's rule), not only the ledger
    overdue: child.get(r.regencyCode)?.overdue ?? r.overdue,
    lastUpdatedOn: child.get(r.regencyCode)?.lastUpdated ?? r.lastUpdatedOn,
  }));
  return <ProvinceProblems lists={provinceProblems(rows, stock.today)} lang={lang} />;
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const parsed = overviewQuery.safeParse({ scope: param(sp.scope) ?? homeScope(actor), asOf: param(sp.asOf) });
  if (!parsed.success) notFound();
  // a district officer's own regency today is its home: today's work first
  const officerHome = actor.role === 'REGENCY_OFFICER' && parsed.data.scope === actor.scopeCode && !parsed.data.asOf;
  const { data } = await pageRead(() => getOverview(actor, parsed.data));
  const [today, problems] = data
    ? await Promise.all([officerHome ? getOfficerToday(actor, parsed.data.scope) : null, problemsOf(actor, data, lang)])
    : [null, null];
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <SubmitPrompt actor={actor} lang={lang} />
      {data ? (
        <div className="space-y-6">
          {today && <OfficerToday d={today} lang={lang} />}
          <OverviewView
            initial={data}
            t={t}
            lang={lang}
            canNational={can(actor, 'overview.read', 'national')}
            embedded={today !== null}
            problems={problems}
          />
          {data.scope.level === 'national' && !parsed.data.asOf && <NationalTileMap lang={lang} measure={sp.peta} />}
        </div>
      ) : (
        <NotAllowed message={t.forbidden} />
      )}
    </AppShell>
  );
}
