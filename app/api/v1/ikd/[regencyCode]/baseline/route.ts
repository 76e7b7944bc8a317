import { operation, otherMethods } from '@/lib/api/pipeline';
import { baselineBody } from '@/lib/ikd/schemas';
import { regencyPath } from '@/lib/api/params';
import { setIkdBaseline } from '@/lib/ikd/writes';
import { baselineAnswer } from '@/lib/ikd/answers';

export const dynamic = 'force-dynamic';

export const PUT = operation(
  {
    method: 'PUT',
    path: '/ikd/{regencyCode}/baseline',
    summary: 'Sets, once, the cumulative activations that predate Pantau',
    output: baselineAnswer,
    domainBody: baselineBody,
    params: regencyPath,
  },
  ({ req, actor, params }) => setIkdBaseline(actor, params.regencyCode, req),
);
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
