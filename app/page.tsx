import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { homeScope } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

/** Landing: the overview of the user's own scope; counter operators land on their counter
 *  screen and kiosks on the kiosk. */
export default async function Home() {
  const actor = await getActor();
  if (!actor) redirect('/login');
  if (actor.role === 'COUNTER_OPERATOR') redirect('/loket');
  if (actor.role === 'KIOSK') redirect('/kios');
  redirect(`/overview?scope=${homeScope(actor)}`);
}
