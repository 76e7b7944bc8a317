import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { openDashboardPage, pageRead } from '@/lib/pages/read';
import type { SearchParams } from '@/lib/pages/params';
import { can, homeScope } from '@/lib/auth/permissions';
import { listOffices } from '@/lib/queue/offices';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { OfficesAdmin } from './OfficesAdmin';

export const metadata: Metadata = { title: 'Kantor dan loket' };
export const dynamic = 'force-dynamic';

const scopeParam = z.string().regex(/^(national|\d{2}(\.\d{2})?)$/);

/** Offices and counters of a region. Regency officers (and admin) edit them here; heads read. */
export default async function OfficesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const parsed = scopeParam.safeParse(typeof sp.scope === 'string' ? sp.scope : homeScope(actor));
  if (!parsed.success) notFound();
  const scope = parsed.data;
  const { data: offices } = await pageRead(() => listOffices(actor, { scope }));
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      {offices ? (
        <OfficesAdmin
          offices={offices}
          lang={lang}
          scope={scope}
          regencyCode={/^\d{2}\.\d{2}$/.test(scope) ? scope : null}
          canManage={scope !== 'national' && can(actor, 'offices.manage', scope)}
          manageable={[...new Set(offices.map((o) => o.regencyCode))].filter((r) => can(actor, 'offices.manage', r))}
        />
      ) : (
        <NotAllowed message={t.forbidden} />
      )}
    </AppShell>
  );
}
