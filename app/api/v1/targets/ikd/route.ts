import { operation, otherMethods } from '@/lib/api/pipeline';
import { setIkdTarget } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

export const PUT = operation({ method: 'PUT', path: '/targets/ikd' }, ({ req, actor }) => setIkdTarget(actor, req));
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
