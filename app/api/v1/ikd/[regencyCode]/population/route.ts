import { operation, otherMethods } from '@/lib/api/pipeline';
import { regencyPath } from '@/lib/api/params';
import { setIkdPopulation } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

export const PUT = operation(
  { method: 'PUT', path: '/ikd/{regencyCode}/population', params: regencyPath },
  ({ req, actor, params }) => setIkdPopulation(actor, params.regencyCode, req),
);
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
