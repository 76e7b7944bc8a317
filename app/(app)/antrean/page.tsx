import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { openDashboardPage, pageRead } from '@/lib/pages/read';
import { param, type SearchParams } from '@/lib/pages/params';
import { getQueue } from '@/lib/queue/figures';
import { OFFICES_PER_PAGE } from '@/lib/queue/rules';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { getHandle } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { regionIndex } from '@/lib/regions/queries';
import { SupervisorView } from './SupervisorView';
import { queueQuery } from '@/lib/queue/schemas';

export const metadata: Metadata = { title: 'Beban antrean' };
export const dynamic = 'force-dynamic';

/** Supervisor view: every office and counter of a regency, province or the nation with the
 *  figures of SPEC §6, overloaded offices first, refreshing itself. */
export default async function QueueLoadPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const parsed = queueQuery.safeParse({
    scope: typeof sp.scope === 'string' ? sp.scope : undefined,
    asOf: param(sp.asOf),
    status: sp.status === 'overloaded' || sp.status === 'normal' ? sp.status : undefined,
  });
  if (!parsed.success) notFound();
  const hal = typeof sp.hal === 'string' && /^\d{1,5}$/.test(sp.hal) ? Math.max(1, Number(sp.hal)) : 1;
  const { data } = await pageRead(() =>
    getQueue(actor, { ...parsed.data, limit: OFFICES_PER_PAGE, cursor: String((hal - 1) * OFFICES_PER_PAGE) }),
  );
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
      {data ? <SupervisorView initial={data} lang={lang} filter={filter} /> : <NotAllowed message={t.forbidden} />}
    </AppShell>
  );
}
