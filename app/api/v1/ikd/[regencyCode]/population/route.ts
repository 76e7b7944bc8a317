import { operation, otherMethods } from '@/lib/api/pipeline';
import { populationBody } from '@/lib/ikd/schemas';
import { regencyPath } from '@/lib/api/params';
import { setIkdPopulation } from '@/lib/ikd/writes';
import { populationAnswer } from '@/lib/ikd/answers';

export const dynamic = 'force-dynamic';

export const PUT = operation(
  {
    method: 'PUT',
    path: '/ikd/{regencyCode}/population',
    summary: 'Records the wajib KTP valid from a date (history kept)',
    output: populationAnswer,
    periodLocked: true,
    domainBody: populationBody,
    params: regencyPath,
  },
  ({ req, actor, params }) => setIkdPopulation(actor, params.regencyCode, req),
);
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
