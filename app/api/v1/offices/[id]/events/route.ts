import { operation, otherMethods } from '@/lib/api/pipeline';
import { officePath } from '@/lib/api/params';
import { officeEvents, wantsOneState } from '@/lib/queue/live';

export const dynamic = 'force-dynamic';

/** SPEC §13: the office's text/event-stream (one JSON state without `Accept: text/event-stream`). */
export const GET = operation(
  {
    method: 'GET',
    path: '/offices/{id}/events',
    summary:
      "Live queue of an office as text/event-stream: the state on connect, then `event: state` (id = the office's queue version) within 1 s of every change; a comment heartbeat every 15 s; reconnecting with Last-Event-ID gets the fresh state",
    params: officePath,
  },
  ({ req, actor, params }) => officeEvents(actor, params.id, req.signal, wantsOneState(req)),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
