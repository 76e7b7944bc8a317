import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { checkAnomaly } from '@/lib/anomalies/anomalies';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

/** A head marks a flagged entry checked, with a note (SPEC §14). */
export const POST = route<{ anomalyId: string }>(async (req, { anomalyId }) => {
  const actor = await requireActor();
  return json(await checkAnomaly(actor, anomalyId, req));
});
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ POST });
