import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requirePageActor } from '@/lib/auth/page';
import { DASHBOARD_ROLES } from '@/lib/auth/landing';
import { ApiError } from '@/lib/api/errors';
import { can, homeScope } from '@/lib/auth/permissions';
import { getDict } from '@/lib/i18n/server';
import { ikdDict } from '@/lib/i18n/ikd';
import { asOfParam } from '@/lib/overview/queries';
import { getIkdRanking, getIkdRegency, type IkdRanking, type IkdRegency } from '@/lib/ikd/queries';
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

/** /ikd?scope=national|PROVINCE|REGENCY&asOf= — the national ranking (admin), a province's
 *  ranking, or a regency's IKD page with its forms. */
export default async function IkdPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor({ roles: DASHBOARD_ROLES });
  const { t, lang } = await getDict();
  const sp = await searchParams;
  const parsed = pageQuery.safeParse({
    scope: typeof sp.scope === 'string' && sp.scope !== '' ? sp.scope : undefined,
    asOf: typeof sp.asOf === 'string' && sp.asOf !== '' ? sp.asOf : undefined,
  });
  if (!parsed.success) notFound();
  const scope = parsed.data.scope ?? homeScope(actor);
  const asOf = parsed.data.asOf;
  let ranking: IkdRanking | null = null;
  let regency: IkdRegency | null = null;
  let targetScopes: { code: string; name: string }[] = [];
  try {
    if (scope.includes('.')) {
      regency = await getIkdRegency(actor, scope, { asOf });
    } else {
      ranking = await getIkdRanking(actor, { province: scope, asOf });
      const idx = await regionIndex(await getHandle());
      const candidates =
        scope === 'national'
          ? [{ code: 'national', name: ikdDict(lang).national }]
          : [must(idx.byCode.get(scope), `byCode ${scope}`), ...(idx.regenciesOf.get(scope) ?? [])].map((r) => ({
              code: r.code,
              name: r.name,
            }));
      targetScopes = candidates.filter((c) => can(actor, 'ikd.target.write', c.code));
    }
  } catch (e) {
    if (e instanceof ApiError && e.code === 'NOT_FOUND') notFound();
    if (!(e instanceof ApiError && e.code === 'FORBIDDEN')) throw e;
  }
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
          targetScopes={targetScopes}
        />
      ) : (
        <NotAllowed message={ikdDict(lang).forbidden} />
      )}
    </AppShell>
  );
}
