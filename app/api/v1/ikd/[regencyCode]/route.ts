import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { getIkdRegency, ikdRegencyQuery } from '@/lib/ikd/queries';

export const dynamic = 'force-dynamic';

export const GET = route<{ regencyCode: string }>(async (req, { regencyCode }) => {
  const actor = await requireActor();
  return json(await getIkdRegency(actor, regencyCode, parseQuery(req, ikdRegencyQuery)));
});
