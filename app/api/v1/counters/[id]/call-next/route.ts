import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { counterIdParam } from '@/lib/api/params';
import { callNext, callNextBody } from '@/lib/queue/tickets';
import { readBody } from '@/lib/queue/validate';

export const dynamic = 'force-dynamic';

export const POST = operation(
  {
    method: 'POST',
    path: '/counters/{id}/call-next',
    domainBody: callNextBody,
    domainParams: z.object({ id: counterIdParam }),
  },
  async ({ req, actor, params }) => callNext(actor, Number(params.id), await readBody(req)),
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
