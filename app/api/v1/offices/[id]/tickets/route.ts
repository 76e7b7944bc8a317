import { operation, otherMethods } from '@/lib/api/pipeline';
import { officePath } from '@/lib/api/params';
import { issueTicket } from '@/lib/queue/tickets';
import { readBody } from '@/lib/queue/validate';
import { answer } from '@/lib/stock/http';
import { ticketAnswer } from '@/lib/queue/answers';
import { issueBody } from '@/lib/queue/schemas';

export const dynamic = 'force-dynamic';

export const POST = operation(
  {
    method: 'POST',
    path: '/offices/{id}/tickets',
    summary: 'Take a number (kiosk of the office); numbers restart every local day per service',
    output: { 201: ticketAnswer },
    domainBody: issueBody,
    domainParams: officePath,
    idempotent: true,
  },
  async ({ req, actor, params, idempotencyKey }) =>
    answer(await issueTicket(actor, Number(params.id), await readBody(req), { idempotencyKey })),
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
