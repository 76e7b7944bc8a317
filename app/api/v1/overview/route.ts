import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { getOverview, overviewQuery } from '@/lib/overview/queries';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  return json(await getOverview(actor, parseQuery(req, overviewQuery)));
});
