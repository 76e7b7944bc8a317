import { json, route } from '@/lib/api/handler';
import { parseBody } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { minimumBody } from '@/lib/stock/schemas';
import { authorizeMinimum, setMinimum } from '@/lib/stock/movements';
import { itemOf } from '@/lib/stock/items';

export const dynamic = 'force-dynamic';

export const PUT = route<{ code: string }>(async (req, { code }) => {
  const actor = await requireActor();
  await authorizeMinimum(actor, code);
  const body = await parseBody(req, minimumBody);
  return json(await setMinimum(actor, code, body.minimum, undefined, itemOf(body, req.nextUrl.searchParams)));
});
