import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/page';
import { DASHBOARD_ROLES } from '@/lib/auth/landing';
import { ApiError } from '@/lib/api/errors';
import { getDict } from '@/lib/i18n/server';
import { can, homeScope } from '@/lib/auth/permissions';
import { getOverview, overviewQuery } from '@/lib/overview/queries';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { OverviewView } from './OverviewView';

export const metadata: Metadata = { title: 'Ringkasan' };
export const dynamic = 'force-dynamic';

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor({ roles: DASHBOARD_ROLES });
  const { t, lang } = await getDict();
  const sp = await searchParams;
  const parsed = overviewQuery.safeParse({
    scope: typeof sp.scope === 'string' && sp.scope !== '' ? sp.scope : homeScope(actor),
    asOf: typeof sp.asOf === 'string' && sp.asOf !== '' ? sp.asOf : undefined,
  });
  if (!parsed.success) notFound();
  let data: Awaited<ReturnType<typeof getOverview>> | null = null;
  try {
    data = await getOverview(actor, parsed.data);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'NOT_FOUND') notFound();
    if (!(e instanceof ApiError && e.code === 'FORBIDDEN')) throw e;
  }
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      {data ? (
        <OverviewView initial={data} t={t} lang={lang} canNational={can(actor, 'overview.read', 'national')} />
      ) : (
        <NotAllowed message={t.forbidden} />
      )}
    </AppShell>
  );
}
