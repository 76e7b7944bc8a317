import { redirect } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/page';
import { landingPath } from '@/lib/auth/landing';

export const dynamic = 'force-dynamic';

/** Landing: each role's own start page (lib/auth/landing.ts). */
export default async function Home() {
  const actor = await requirePageActor();
  redirect(landingPath(actor));
}
