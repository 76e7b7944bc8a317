import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { getDict } from '@/lib/i18n/server';
import { adminDict } from '@/lib/i18n/admin';
import { listUsers } from '@/lib/users/queries';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { UsersView } from './UsersView';

export const metadata: Metadata = { title: 'Pengguna' };
export const dynamic = 'force-dynamic';

export default async function UsersPage() {
  const actor = await requirePageActor();
  const { t, lang } = await getDict();
  const allowed = can(actor, 'users.manage', actor.scopeCode ?? 'national');
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      {allowed ? (
        <UsersView
          users={await listUsers(actor)}
          me={actor.id}
          isAdmin={actor.role === 'ADMIN'}
          roles={t.role}
          tx={adminDict(lang)}
          lang={lang}
        />
      ) : (
        <NotAllowed message={t.forbidden} />
      )}
    </AppShell>
  );
}
