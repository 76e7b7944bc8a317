import { json, route } from '@/lib/api/handler';
import { idempotencyKeyOf } from '@/lib/api/idempotency';
import { requireActor } from '@/lib/auth/session';
import { issueTicket } from '@/lib/queue/tickets';
import { readBody } from '@/lib/queue/validate';

export const dynamic = 'force-dynamic';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor();
  const idempotencyKey = idempotencyKeyOf(req.headers);
  const answer = await issueTicket(actor, Number(id), await readBody(req), { idempotencyKey });
  return json(answer.body, {
    status: answer.status,
    headers: answer.replayed ? { 'Idempotent-Replayed': 'true' } : {},
  });
});
