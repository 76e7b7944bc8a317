import { operation, otherMethods } from '@/lib/api/pipeline';
import { locationPath } from '@/lib/api/params';
import { allocationBody } from '@/lib/stock/schemas';
import { authorizeAllocation, confirmAllocation } from '@/lib/stock/movements';
import { answer } from '@/lib/stock/http';
import { itemOf } from '@/lib/stock/items';
import { allocationAnswer } from '@/lib/stock/answers';

export const dynamic = 'force-dynamic';

export const POST = operation(
  {
    method: 'POST',
    path: '/provinces/{code}/allocations',
    summary: 'Confirm an allocation: every DISTRIBUTION in one transaction, or none',
    output: { 201: allocationAnswer },
    periodLocked: true,
    params: locationPath,
    authorize: ({ actor, params: { code } }) => authorizeAllocation(actor, code),
    body: allocationBody,
    idempotent: true,
  },
  async ({ req, actor, params: { code }, body, idempotencyKey }) => {
    const item = itemOf(body, req.nextUrl.searchParams);
    return answer(await confirmAllocation(actor, code, { ...body, item }, { key: idempotencyKey }));
  },
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
