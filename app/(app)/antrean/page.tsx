import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/page';
import { DASHBOARD_ROLES } from '@/lib/auth/landing';
import { ApiError } from '@/lib/api/errors';
import { getDict } from '@/lib/i18n/server';
import { getQueue } from '@/lib/queue/figures';
import { OFFICES_PER_PAGE } from '@/lib/queue/rules';
import { AppShell } from '@/components/AppShell';
import { getHandle } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { regionIndex } from '@/lib/regions/queries';
import { SupervisorView } from './SupervisorView';
import { queueQuery } from '@/lib/queue/schemas';

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
    status: sp.status === 'overloaded' || sp.status === 'normal' ? sp.status : undefined,
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
  // the regency filter lists the regencies of the scope's province
  const idx = await regionIndex(await getHandle());
  const province = data && data.scope !== 'national' ? data.scope.slice(0, 2) : null;
  const regencies = province
    ? (idx.regenciesOf.get(province) ?? [])
        .filter((r) => can(actor, 'queue.read', r.code))
        .map((r) => ({ code: r.code, name: r.name }))
    : [];
  const filter = {
    regencies,
    province: province && can(actor, 'queue.read', province) ? province : (data?.scope ?? null),
    status: parsed.data.status ?? null,
  };
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      {data ? (
        <SupervisorView initial={data} lang={lang} filter={filter} />
      ) : (
        <p data-testid="forbidden" className="rounded-md bg-amber-50 p-4 text-amber-900">
          {t.forbidden}
        </p>
      )}
    </AppShell>
  );
}
