import { operation, otherMethods } from '@/lib/api/pipeline';

import { scopeEvents, wantsOneState } from '@/lib/queue/live';
import { OFFICES_PER_PAGE } from '@/lib/queue/rules';
import { queueQuery } from '@/lib/queue/schemas';

export const dynamic = 'force-dynamic';

const query = queueQuery.omit({ asOf: true });

/** SPEC §13: the text/event-stream of a supervisor's scope. */
export const GET = operation(
  {
    method: 'GET',
    path: '/queue/events',
    summary:
      'Live supervisor figures of a scope as text/event-stream: the state on connect, then at most one `event: state` a second while offices of the scope change; heartbeat every 15 s',
    query,
  },
  ({ req, actor, query }) => {
    const { limit, ...q } = query;
    return scopeEvents(actor, { ...q, limit: limit ?? OFFICES_PER_PAGE }, req.signal, wantsOneState(req));
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
