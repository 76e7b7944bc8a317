import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { anomalyIdParam } from '@/lib/api/params';
import { checkAnomaly, checkBody } from '@/lib/anomalies/anomalies';
import { anomalyAnswer } from '@/lib/anomalies/answers';

export const dynamic = 'force-dynamic';

/** A head marks a flagged entry checked, with a note (SPEC §14); the domain function checks the
 *  role, the id and the body in that order. */
export const POST = operation(
  {
    method: 'POST',
    path: '/anomalies/{anomalyId}/check',
    summary: 'A head (or the admin) marks a flagged entry checked with a note; audited',
    operationId: 'checkAnomaly',
    output: anomalyAnswer,
    domainParams: z.object({ anomalyId: anomalyIdParam }),
    domainBody: checkBody,
  },
  ({ req, actor, params }) => checkAnomaly(actor, params.anomalyId, req),
);
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ POST });
