import { route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { officeQueueAnswer } from '@/lib/queue/poll';

export const dynamic = 'force-dynamic';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor();
  return officeQueueAnswer(actor, Number(id), req.headers.get('if-none-match'));
});
