import { operation, otherMethods } from '@/lib/api/pipeline';
import { counterPath } from '@/lib/api/params';
import { callNext } from '@/lib/queue/tickets';
import { readBody } from '@/lib/queue/validate';
import { ticketAnswer } from '@/lib/queue/answers';
import { callNextBody } from '@/lib/queue/schemas';

export const dynamic = 'force-dynamic';

export const POST = operation(
  {
    method: 'POST',
    path: '/counters/{id}/call-next',
    summary: "Call the oldest waiting ticket of the counter's services (optionally of one service)",
    output: ticketAnswer,
    domainBody: callNextBody,
    domainParams: counterPath,
  },
  async ({ req, actor, params }) => callNext(actor, Number(params.id), await readBody(req)),
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
