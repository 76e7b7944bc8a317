import { route } from '@/lib/api/handler';
import { parseBody } from '@/lib/api/query';
import { idempotencyKeyOf } from '@/lib/api/idempotency';
import { requireActor } from '@/lib/auth/session';
import { allocationBody } from '@/lib/stock/schemas';
import { authorizeAllocation, confirmAllocation } from '@/lib/stock/movements';
import { answer } from '@/lib/stock/http';
import { itemOf } from '@/lib/stock/items';

export const dynamic = 'force-dynamic';

export const POST = route<{ code: string }>(async (req, { code }) => {
  const actor = await requireActor();
  await authorizeAllocation(actor, code);
  const key = idempotencyKeyOf(req.headers);
  const body = await parseBody(req, allocationBody);
  const item = itemOf(body, req.nextUrl.searchParams);
  return answer(await confirmAllocation(actor, code, { ...body, item }, { key }));
});
