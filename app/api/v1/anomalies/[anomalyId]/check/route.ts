import { operation, otherMethods } from '@/lib/api/pipeline';
import { checkAnomaly, checkBody } from '@/lib/anomalies/anomalies';

export const dynamic = 'force-dynamic';

/** A head marks a flagged entry checked, with a note (SPEC §14); the domain function checks the
 *  role, the id and the body in that order. */
export const POST = operation(
  { method: 'POST', path: '/anomalies/{anomalyId}/check', domainBody: checkBody },
  ({ req, actor, params }) => checkAnomaly(actor, params.anomalyId, req),
);
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ POST });
