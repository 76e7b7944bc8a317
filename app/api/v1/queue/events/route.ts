import { route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { queueQuery } from '@/lib/queue/figures';
import { scopeEvents, wantsOneState } from '@/lib/queue/live';
import { OFFICES_PER_PAGE } from '@/lib/queue/rules';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

const query = queueQuery.omit({ asOf: true });

export const GET = route(async (req) => {
  const actor = await requireActor();
  const { limit, ...q } = parseQuery(req, query);
  return scopeEvents(actor, { ...q, limit: limit ?? OFFICES_PER_PAGE }, req.signal, wantsOneState(req));
});
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
