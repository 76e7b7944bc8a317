import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { openDashboardPage, pageRead } from '@/lib/pages/read';
import { param, type SearchParams } from '@/lib/pages/params';
import { can, homeScope, type Actor } from '@/lib/auth/permissions';
import type { Lang } from '@/lib/i18n/dict';
import { ikdDict } from '@/lib/i18n/ikd';
import { asOfParam } from '@/lib/overview/queries';
import { getIkdRanking, getIkdRegency } from '@/lib/ikd/queries';
import { regionIndex } from '@/lib/regions/queries';
import { getHandle } from '@/lib/db';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { IkdRankingView } from './IkdRankingView';
import { IkdRegencyView } from './IkdRegencyView';
import { FlaggedDays } from './FlaggedDays';
import { must } from '@/lib/must';

export const metadata: Metadata = { title: 'IKD' };
export const dynamic = 'force-dynamic';

const pageQuery = z.object({
  scope: z
    .string()
    .regex(/^(national|\d{2}(\.\d{2})?)$/)
    .optional(),
  asOf: asOfParam,
});

/** The regions whose IKD target the reader may set from a ranking page: the scope itself and,
 *  for a province, its regencies. */
async function targetScopesOf(actor: Actor, scope: string, lang: Lang) {
  const idx = await regionIndex(await getHandle());
  const candidates =
    scope === 'national'
      ? [{ code: 'national', name: ikdDict(lang).national }]
      : [must(idx.byCode.get(scope), `byCode ${scope}`), ...(idx.regenciesOf.get(scope) ?? [])].map((r) => ({
          code: r.code,
          name: r.name,
        }));
  return candidates.filter((c) => can(actor, 'ikd.target.write', c.code));
}

/** /ikd?scope=national|PROVINCE|REGENCY&asOf= — the national ranking (admin), a province's
 *  ranking, or a regency's IKD page with its forms. */
export default async function IkdPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const parsed = pageQuery.safeParse({ scope: param(sp.scope), asOf: param(sp.asOf) });
  if (!parsed.success) notFound();
  const scope = parsed.data.scope ?? homeScope(actor);
  const asOf = parsed.data.asOf;
  const { data } = await pageRead(async () =>
    scope.includes('.')
      ? { regency: await getIkdRegency(actor, scope, { asOf }) }
      : {
          ranking: await getIkdRanking(actor, { province: scope, asOf }),
          targetScopes: await targetScopesOf(actor, scope, lang),
        },
  );
  const regency = data?.regency ?? null;
  const ranking = data?.ranking ?? null;
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      {regency ? (
        <IkdRegencyView
          data={regency}
          lang={lang}
          canWrite={can(actor, 'ikd.write', regency.scope.code)}
          canProvince={can(actor, 'ikd.read', regency.scope.parent.code)}
          canNational={can(actor, 'ikd.read', 'national')}
        />
      ) : null}
      {regency && <FlaggedDays actor={actor} code={regency.scope.code} lang={lang} />}
      {regency ? null : ranking ? (
        <IkdRankingView
          data={ranking}
          lang={lang}
          canNational={can(actor, 'ikd.read', 'national')}
          targetScopes={data?.targetScopes ?? []}
        />
      ) : (
        <NotAllowed message={ikdDict(lang).forbidden} />
      )}
    </AppShell>
  );
}
