import { operation, otherMethods } from '@/lib/api/pipeline';
import { listItems } from '@/lib/stock/items';
import { itemsAnswer } from '@/lib/stock/answers';

export const dynamic = 'force-dynamic';

/** SPEC §16: the items of the stock ledger, with unit and default minimum. */
export const GET = operation(
  {
    method: 'GET',
    path: '/items',
    summary: 'The items of the stock ledger, with unit and default minimum',
    output: itemsAnswer,
  },
  ({ actor }) => listItems(actor),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
