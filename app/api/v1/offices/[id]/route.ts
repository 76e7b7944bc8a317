import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { updateOffice } from '@/lib/queue/offices';
import { readBody } from '@/lib/queue/validate';

export const dynamic = 'force-dynamic';

export const PATCH = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor();
  return json(await updateOffice(actor, Number(id), await readBody(req)));
});
