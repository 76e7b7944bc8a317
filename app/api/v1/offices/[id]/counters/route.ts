import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { createCounter } from '@/lib/queue/offices';
import { readBody } from '@/lib/queue/validate';

export const dynamic = 'force-dynamic';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor();
  return json(await createCounter(actor, Number(id), await readBody(req)), { status: 201 });
});
