import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requirePageActor } from '@/lib/auth/page';
import { DASHBOARD_ROLES } from '@/lib/auth/landing';
import { ApiError } from '@/lib/api/errors';
import { can, homeScope } from '@/lib/auth/permissions';
import { getDict } from '@/lib/i18n/server';
import { listOffices, type OfficeView } from '@/lib/queue/offices';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { OfficesAdmin } from './OfficesAdmin';

export const metadata: Metadata = { title: 'Kantor dan loket' };
export const dynamic = 'force-dynamic';

const scopeParam = z.string().regex(/^(national|\d{2}(\.\d{2})?)$/);

/** Offices and counters of a region. Regency officers (and admin) edit them here; heads read. */
export default async function OfficesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor({ roles: DASHBOARD_ROLES });
  const { t, lang } = await getDict();
  const sp = await searchParams;
  const parsed = scopeParam.safeParse(typeof sp.scope === 'string' ? sp.scope : homeScope(actor));
  if (!parsed.success) notFound();
  const scope = parsed.data;
  let offices: OfficeView[] | null = null;
  try {
    offices = await listOffices(actor, { scope });
  } catch (e) {
    if (e instanceof ApiError && e.code === 'NOT_FOUND') notFound();
    if (!(e instanceof ApiError && e.code === 'FORBIDDEN')) throw e;
  }
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
