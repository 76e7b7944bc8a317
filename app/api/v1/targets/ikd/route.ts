import { operation, otherMethods } from '@/lib/api/pipeline';
import { targetBody } from '@/lib/ikd/schemas';
import { setIkdTarget } from '@/lib/ikd/writes';
import { targetAnswer } from '@/lib/ikd/answers';

export const dynamic = 'force-dynamic';

export const PUT = operation(
  {
    method: 'PUT',
    path: '/targets/ikd',
    summary: 'Sets a yearly IKD target: national (admin), a province or one of its regencies (its head, or the admin)',
    output: targetAnswer,
    domainBody: targetBody,
  },
  ({ req, actor }) => setIkdTarget(actor, req),
);
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
