import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { getOfficeQueue } from '@/lib/queue/office';

export const dynamic = 'force-dynamic';

export const GET = route<{ id: string }>(async (_req, { id }) => {
  const actor = await requireActor();
  return json(await getOfficeQueue(actor, Number(id)));
});
