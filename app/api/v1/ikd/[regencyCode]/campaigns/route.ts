import { json, route } from '@/lib/api/handler';
import { idempotencyKeyOf } from '@/lib/api/idempotency';
import { requireActor } from '@/lib/auth/session';
import { listIkdCampaigns, planIkdCampaign } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

export const GET = route<{ regencyCode: string }>(async (_req, { regencyCode }) => {
  const actor = await requireActor();
  return json(await listIkdCampaigns(actor, regencyCode));
});

export const POST = route<{ regencyCode: string }>(async (req, { regencyCode }) => {
  const actor = await requireActor();
  const answer = await planIkdCampaign(actor, regencyCode, req, idempotencyKeyOf(req.headers));
  return json(answer.body, {
    status: answer.status,
    headers: answer.replayed ? { 'Idempotent-Replayed': 'true' } : {},
  });
});
