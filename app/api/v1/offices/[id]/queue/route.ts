import { operation, otherMethods } from '@/lib/api/pipeline';
import { officePath } from '@/lib/api/params';
import { officeQueueAnswer } from '@/lib/queue/poll';
import { officeStateAnswer } from '@/lib/queue/answers';

export const dynamic = 'force-dynamic';

/** The board's and the counter's read, with an ETag: 304 while nothing changed (SPEC §13's poll). */
export const GET = operation(
  {
    method: 'GET',
    path: '/offices/{id}/queue',
    summary:
      "Today's live queue of an office: figures, waiting per service, counters with their current ticket, the latest calls",
    output: officeStateAnswer,
    params: officePath,
  },
  ({ req, actor, params }) => officeQueueAnswer(actor, params.id, req.headers.get('if-none-match')),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
