import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { transitionTicket } from '@/lib/queue/tickets';
import { readBody } from '@/lib/queue/validate';

export const dynamic = 'force-dynamic';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor();
  return json(await transitionTicket(actor, Number(id), 'done', await readBody(req)));
});
