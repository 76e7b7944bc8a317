import { json, route } from '@/lib/api/handler';
import { parseBody } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { changeOwnPassword, changePasswordSchema } from '@/lib/users/queries';

export const dynamic = 'force-dynamic';

export const PUT = route(async (req) => {
  const actor = await requireActor({ allowPasswordChange: true });
  await changeOwnPassword(actor, await parseBody(req, changePasswordSchema));
  return json({ ok: true });
});
