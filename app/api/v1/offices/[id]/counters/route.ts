import { operation, otherMethods } from '@/lib/api/pipeline';
import { officePath } from '@/lib/api/params';
import { createCounter } from '@/lib/queue/offices';
import { readBody } from '@/lib/queue/validate';
import { counterAnswer } from '@/lib/queue/answers';
import { counterBody } from '@/lib/queue/schemas';

export const dynamic = 'force-dynamic';

export const POST = operation(
  {
    method: 'POST',
    path: '/offices/{id}/counters',
    summary: 'Add a counter to an office',
    output: counterAnswer,
    domainBody: counterBody,
    domainParams: officePath,
    status: 201,
  },
  async ({ req, actor, params }) => createCounter(actor, Number(params.id), await readBody(req)),
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
