import { json, route } from '@/lib/api/handler';
import { parseBody } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { planBody } from '@/lib/stock/schemas';
import { authorizeAllocation } from '@/lib/stock/movements';
import { planProvinceAllocation } from '@/lib/stock/queries';

export const dynamic = 'force-dynamic';

export const POST = route<{ code: string }>(async (req, { code }) => {
  const actor = await requireActor();
  await authorizeAllocation(actor, code);
  const { quantity } = await parseBody(req, planBody);
  return json(await planProvinceAllocation(actor, code, quantity));
});
