import { json, route } from '@/lib/api/handler';
import { parseBody, parseQuery } from '@/lib/api/query';
import { idempotencyKeyOf } from '@/lib/api/idempotency';
import { requireActor } from '@/lib/auth/session';
import { ledgerQuery, movementBody } from '@/lib/stock/schemas';
import { getLedger } from '@/lib/stock/queries';
import { authorizeLedgerWrite, recordMovement } from '@/lib/stock/movements';
import { answer, download } from '@/lib/stock/http';

export const dynamic = 'force-dynamic';

export const GET = route<{ code: string }>(async (req, { code }) => {
  const actor = await requireActor();
  const { format, ...q } = parseQuery(req, ledgerQuery);
  const data = await getLedger(actor, code, q);
  if (format !== 'json') {
    const cols = [
      'id',
      'occurredOn',
      'type',
      'quantity',
      'delta',
      'reference',
      'note',
      'counterpartCode',
      'countedOnHand',
      'reversesId',
      'createdAt',
    ];
    return download(format, `mutasi-${code}`, cols, data.items);
  }
  return json(data);
});

export const POST = route<{ code: string }>(async (req, { code }) => {
  const actor = await requireActor();
  await authorizeLedgerWrite(actor, code);
  const key = idempotencyKeyOf(req.headers);
  const body = await parseBody(req, movementBody);
  return answer(await recordMovement(actor, code, body, { key }));
});
