import { operation, otherMethods } from '@/lib/api/pipeline';
import { ticketPath } from '@/lib/api/params';
import { transitionTicket } from '@/lib/queue/tickets';
import { readBody } from '@/lib/queue/validate';
import { ticketAnswer } from '@/lib/queue/answers';
import { transferBody } from '@/lib/queue/schemas';

export const dynamic = 'force-dynamic';

export const POST = operation(
  {
    method: 'POST',
    path: '/tickets/{id}/transfer',
    summary:
      'Move the called ticket to another service queue, keeping its place by issue time (it gets that service number)',
    output: ticketAnswer,
    domainBody: transferBody,
    domainParams: ticketPath,
  },
  async ({ req, actor, params }) => transitionTicket(actor, Number(params.id), 'transfer', await readBody(req)),
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
