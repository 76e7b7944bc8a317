import { operation, otherMethods } from '@/lib/api/pipeline';
import { regencyPath } from '@/lib/api/params';
import { getIkdRegency, ikdRegencyQuery } from '@/lib/ikd/queries';

export const dynamic = 'force-dynamic';

export const GET = operation(
  { method: 'GET', path: '/ikd/{regencyCode}', params: regencyPath, query: ikdRegencyQuery },
  ({ actor, params, query }) => getIkdRegency(actor, params.regencyCode, query),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
