import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { getQueue, queueQuery } from '@/lib/queue/figures';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  return json(await getQueue(actor, parseQuery(req, queueQuery)));
});
