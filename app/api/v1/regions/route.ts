import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { listRegions, regionsQuery } from '@/lib/regions/queries';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  return json(await listRegions(actor, parseQuery(req, regionsQuery)));
});
