import { json, route } from '@/lib/api/handler';
import { langOf } from '@/lib/api/errors';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { alertsQuery, getAlerts } from '@/lib/alerts/alerts';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  const query = parseQuery(req, alertsQuery);
  return json(await getAlerts(actor, query, langOf(req.headers.get('accept-language'))));
});
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
