import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { homeScope } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

/** Landing: the overview of the user's own scope; counter operators and kiosks go to their office. */
export default async function Home() {
  const actor = await getActor();
  if (!actor) redirect('/login');
  if (actor.role === 'COUNTER_OPERATOR' || actor.role === 'KIOSK') redirect('/kantor');
  redirect(`/overview?scope=${homeScope(actor)}`);
}
