import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { stockQuery } from '@/lib/stock/schemas';
import { getProvinceStock } from '@/lib/stock/queries';
import { exportLang, exportResponse } from '@/lib/export/table';
import { STOCK_COLUMNS } from '@/lib/export/stock';
import { sortFromParams, sortStockRows } from '@/lib/stock/sort';
import { exportWhat } from '@/lib/stock/items';
import { stockAnswer } from '@/lib/stock/answers';

export const dynamic = 'force-dynamic';

/** `urut`/`arah`: a download in the order the /stok table shows (default: status, worst first). */
const query = stockQuery.extend({ urut: z.string().max(40).optional(), arah: z.enum(['naik', 'turun']).optional() });

export const GET = operation(
  {
    method: 'GET',
    path: '/stock',
    summary: 'Blangko stock of every regency of a province, and its warehouse',
    output: stockAnswer,
    query,
  },
  async ({ req, actor, query: { format, urut, arah, ...q } }) => {
    const data = await getProvinceStock(actor, q);
    if (format === 'json') return data;
    return exportResponse(format, {
      what: exportWhat('stok', data.item.code),
      region: `${data.province.code} ${data.province.name}`,
      day: q.asOf ?? data.today,
      lang: exportLang(req),
      columns: STOCK_COLUMNS,
      rows: sortStockRows(data.regencies, sortFromParams(urut, arah)),
    });
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
