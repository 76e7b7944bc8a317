import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { listItems } from '@/lib/stock/items';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

/** SPEC §16: the items of the stock ledger, with unit and default minimum. */
export const GET = route(async () => {
  const actor = await requireActor();
  return json(await listItems(actor));
});
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
