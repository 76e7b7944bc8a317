import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { counterIdParam } from '@/lib/api/params';
import { updateCounter, counterPatch } from '@/lib/queue/offices';
import { readBody } from '@/lib/queue/validate';

export const dynamic = 'force-dynamic';

export const PATCH = operation(
  { method: 'PATCH', path: '/counters/{id}', domainBody: counterPatch, domainParams: z.object({ id: counterIdParam }) },
  async ({ req, actor, params }) => updateCounter(actor, Number(params.id), await readBody(req)),
);
export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods({ PATCH });
