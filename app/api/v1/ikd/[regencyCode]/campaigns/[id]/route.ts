import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { recordIkdCampaignResult } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

/** Records what a campaign achieved: `{achieved, notes?}`. */
export const PATCH = route<{ regencyCode: string; id: string }>(async (req, { regencyCode, id }) => {
  const actor = await requireActor();
  return json(await recordIkdCampaignResult(actor, regencyCode, id, req));
});
