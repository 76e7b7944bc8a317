import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { assertManagesUsers, resetPassword, userIdParam } from '@/lib/users/queries';

export const dynamic = 'force-dynamic';

export const POST = route<{ id: string }>(async (_req, { id }) => {
  const actor = await requireActor();
  assertManagesUsers(actor);
  return json(await resetPassword(actor, userIdParam(id)));
});
