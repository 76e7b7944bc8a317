import { operation, otherMethods } from '@/lib/api/pipeline';
import { counterPath } from '@/lib/api/params';
import { updateCounter } from '@/lib/queue/offices';
import { readBody } from '@/lib/queue/validate';
import { counterAnswer } from '@/lib/queue/answers';
import { counterPatch } from '@/lib/queue/schemas';

export const dynamic = 'force-dynamic';

export const PATCH = operation(
  {
    method: 'PATCH',
    path: '/counters/{id}',
    summary: 'Edit a counter: name, services, capacity, open or closed',
    output: counterAnswer,
    domainBody: counterPatch,
    domainParams: counterPath,
  },
  async ({ req, actor, params }) => updateCounter(actor, Number(params.id), await readBody(req)),
);
export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods({ PATCH });
