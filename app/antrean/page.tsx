import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/page';
import { DASHBOARD_ROLES } from '@/lib/auth/landing';
import { ApiError } from '@/lib/api/errors';
import { getDict } from '@/lib/i18n/server';
import { getQueue, queueQuery } from '@/lib/queue/figures';
import { OFFICES_PER_PAGE } from '@/lib/queue/rules';
import { AppShell } from '@/components/AppShell';
import { SupervisorView } from './SupervisorView';

export const metadata: Metadata = { title: 'Beban antrean' };
export const dynamic = 'force-dynamic';

/** Supervisor view: every office and counter of a regency, province or the nation with the
 *  figures of SPEC §6, overloaded offices first, refreshing itself. */
export default async function QueueLoadPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor({ roles: DASHBOARD_ROLES });
  const { t, lang } = await getDict();
  const sp = await searchParams;
  const parsed = queueQuery.safeParse({
    scope: typeof sp.scope === 'string' ? sp.scope : undefined,
    asOf: typeof sp.asOf === 'string' && sp.asOf !== '' ? sp.asOf : undefined,
  });
  if (!parsed.success) notFound();
  let data: Awaited<ReturnType<typeof getQueue>> | null = null;
  try {
    const hal = typeof sp.hal === 'string' && /^\d{1,5}$/.test(sp.hal) ? Math.max(1, Number(sp.hal)) : 1;
    data = await getQueue(actor, {
      ...parsed.data,
      limit: OFFICES_PER_PAGE,
      cursor: String((hal - 1) * OFFICES_PER_PAGE),
    });
  } catch (e) {
    if (e instanceof ApiError && e.code === 'NOT_FOUND') notFound();
    if (!(e instanceof ApiError && e.code === 'FORBIDDEN')) throw e;
  }
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      {data ? (
        <SupervisorView initial={data} lang={lang} />
      ) : (
        <p data-testid="forbidden" className="rounded-md bg-amber-50 p-4 text-amber-900">
          {t.forbidden}
        </p>
      )}
    </AppShell>
  );
}
