import { operation, otherMethods } from '@/lib/api/pipeline';
import { listRegions, regionsQuery } from '@/lib/regions/queries';
import { regionsAnswer } from '@/lib/regions/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/regions',
    summary: 'Provinces, regencies or kecamatan',
    output: regionsAnswer,
    query: regionsQuery,
  },
  ({ actor, query }) => listRegions(actor, query),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
