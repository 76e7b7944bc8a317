import { route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { officeEvents, wantsOneState } from '@/lib/queue/live';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor();
  return officeEvents(actor, Number(id), req.signal, wantsOneState(req));
});
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
