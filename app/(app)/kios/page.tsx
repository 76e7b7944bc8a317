import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page';
import { getDict } from '@/lib/i18n/server';
import { getOfficeQueue } from '@/lib/queue/board';
import { NotForRole } from '@/components/NotForRole';
import { KioskView } from './KioskView';

export const metadata: Metadata = { title: 'Kios antrean' };
export const dynamic = 'force-dynamic';

/** The kiosk of an office (a KIOSK account on a tablet): take a number, see and print it.
 *  Staff leave kiosk mode with the account's password (KioskExit). */
export default async function KioskPage() {
  const actor = await requirePageActor();
  const { t, lang } = await getDict();
  if (actor.role !== 'KIOSK' || !actor.officeId) {
    return <NotForRole actor={actor} t={t} lang={lang} />;
  }
  const initial = await getOfficeQueue(actor, actor.officeId);
  // kiosk mode (SPEC §13): no staff navigation, language switch or sign-out for the public
  return (
    <main id="main" className="mx-auto min-h-screen max-w-4xl p-4 sm:p-8">
      <KioskView initial={initial} lang={lang} username={actor.username} />
    </main>
  );
}
