import { json, route } from '@/lib/api/handler';
import { parseBody } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { minimumBody } from '@/lib/stock/schemas';
import { authorizeMinimum, setMinimum } from '@/lib/stock/movements';

export const dynamic = 'force-dynamic';

export const PUT = route<{ code: string }>(async (req, { code }) => {
  const actor = await requireActor();
  await authorizeMinimum(actor, code);
  const { minimum } = await parseBody(req, minimumBody);
  return json(await setMinimum(actor, code, minimum));
});
