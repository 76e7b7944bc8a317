import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { anomalyIdParam } from '@/lib/api/params';
import { checkAnomaly, checkBody } from '@/lib/anomalies/anomalies';

export const dynamic = 'force-dynamic';

/** A head marks a flagged entry checked, with a note (SPEC §14); the domain function checks the
 *  role, the id and the body in that order. */
export const POST = operation(
  {
    method: 'POST',
    path: '/anomalies/{anomalyId}/check',
    domainParams: z.object({ anomalyId: anomalyIdParam }),
    domainBody: checkBody,
  },
  ({ req, actor, params }) => checkAnomaly(actor, params.anomalyId, req),
);
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ POST });
