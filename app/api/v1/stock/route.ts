import { z } from 'zod';
import { otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { stockQuery } from '@/lib/stock/schemas';
import { getProvinceStock } from '@/lib/stock/queries';
import { STOCK_COLUMNS } from '@/lib/export/stock';
import { sortFromParams, sortStockRows } from '@/lib/stock/sort';
import { exportWhat } from '@/lib/stock/items';
import { stockAnswer } from '@/lib/stock/answers';

export const dynamic = 'force-dynamic';

/** `urut`/`arah`: a download in the order the /stok table shows (default: status, worst first). */
const query = stockQuery.extend({ urut: z.string().max(40).optional(), arah: z.enum(['naik', 'turun']).optional() });

export const GET = exportable(
  {
    method: 'GET',
    path: '/stock',
    summary: 'Blangko stock of every regency of a province, and its warehouse',
    output: stockAnswer,
    query,
  },
  {
    read: ({ actor, query }) => getProvinceStock(actor, query),
    table: (data, { query: { urut, arah, asOf } }) => ({
      what: exportWhat('stok', data.item.code),
      region: `${data.province.code} ${data.province.name}`,
      day: asOf ?? data.today,
      columns: STOCK_COLUMNS,
      rows: sortStockRows(data.regencies, sortFromParams(urut, arah)),
    }),
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
