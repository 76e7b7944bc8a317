import { z } from 'zod';
import { json, route } from '@/lib/api/handler';
import { msg, parseBody } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { assertManagesUsers, setUserActive, userIdParam } from '@/lib/users/queries';

export const dynamic = 'force-dynamic';

const body = z.object({
  active: z.boolean({ message: msg('active harus true atau false.', 'active must be true or false.') }),
});

export const PUT = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor();
  assertManagesUsers(actor);
  const userId = userIdParam(id);
  const { active } = await parseBody(req, body);
  return json(await setUserActive(actor, userId, active));
});
