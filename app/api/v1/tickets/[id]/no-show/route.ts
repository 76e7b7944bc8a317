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
    path: '/tickets/{id}/no-show',
    summary: 'Mark the called ticket as a no-show',
    output: ticketAnswer,
    domainParams: z.object({ id: ticketIdParam }),
  },
  async ({ req, actor, params }) => transitionTicket(actor, Number(params.id), 'no-show', await readBody(req)),
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
