import { operation, otherMethods } from '@/lib/api/pipeline';
import { setIkdBaseline } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

export const PUT = operation({ method: 'PUT', path: '/ikd/{regencyCode}/baseline' }, ({ req, actor, params }) =>
  setIkdBaseline(actor, params.regencyCode, req),
);
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
