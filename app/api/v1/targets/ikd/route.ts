import { operation, otherMethods } from '@/lib/api/pipeline';
import { targetBody } from '@/lib/ikd/schemas';
import { setIkdTarget } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

export const PUT = operation({ method: 'PUT', path: '/targets/ikd', domainBody: targetBody }, ({ req, actor }) =>
  setIkdTarget(actor, req),
);
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
