import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { setIkdTarget } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

export const PUT = route(async (req) => {
  const actor = await requireActor();
  return json(await setIkdTarget(actor, req));
});
