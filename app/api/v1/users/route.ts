import { json, route } from '@/lib/api/handler';
import { parseBody } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { assertManagesUsers, createUser, listUsers, newUserSchema } from '@/lib/users/queries';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  const actor = await requireActor();
  return json(await listUsers(actor));
});

export const POST = route(async (req) => {
  const actor = await requireActor();
  assertManagesUsers(actor);
  return json(await createUser(actor, await parseBody(req, newUserSchema)), { status: 201 });
});
