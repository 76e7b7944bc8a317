import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page';
import { getDict } from '@/lib/i18n/server';
import { getOfficeQueue } from '@/lib/queue/board';
import { AppShell } from '@/components/AppShell';
import { NotForRole } from '@/components/NotForRole';
import { CounterView } from './CounterView';

export const metadata: Metadata = { title: 'Layar loket' };
export const dynamic = 'force-dynamic';

/** The counter screen of a COUNTER_OPERATOR: call, recall, finish, no-show and transfer. */
export default async function CounterPage() {
  const actor = await requirePageActor();
  const { t, lang } = await getDict();
  if (actor.role !== 'COUNTER_OPERATOR' || !actor.officeId || !actor.counterId) {
    return <NotForRole actor={actor} t={t} lang={lang} />;
  }
  const initial = await getOfficeQueue(actor, actor.officeId);
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <CounterView initial={initial} counterId={actor.counterId} lang={lang} />
    </AppShell>
  );
}
