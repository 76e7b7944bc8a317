import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { getIkdRanking, ikdQuery } from '@/lib/ikd/queries';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  return json(await getIkdRanking(actor, parseQuery(req, ikdQuery)));
});
