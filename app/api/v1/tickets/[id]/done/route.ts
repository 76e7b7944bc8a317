import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { ticketIdParam } from '@/lib/api/params';
import { transitionTicket } from '@/lib/queue/tickets';
import { readBody } from '@/lib/queue/validate';
import { ticketAnswer } from '@/lib/queue/answers';

export const dynamic = 'force-dynamic';

export const POST = operation(
  {
    method: 'POST',
    path: '/tickets/{id}/done',
    summary: 'Finish the called ticket',
    output: ticketAnswer,
    domainParams: z.object({ id: ticketIdParam }),
  },
  async ({ req, actor, params }) => transitionTicket(actor, Number(params.id), 'done', await readBody(req)),
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
