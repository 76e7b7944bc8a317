import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { stockQuery } from '@/lib/stock/schemas';
import { getProvinceStock, toCsv } from '@/lib/stock/queries';
import { csvResponse } from '@/lib/stock/http';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  const q = parseQuery(req, stockQuery);
  const data = await getProvinceStock(actor, q);
  if (q.format === 'csv') {
    const cols = [
      'regencyCode',
      'name',
      'onHand',
      'minimum',
      'status',
      'avgDailyUse',
      'daysOfCover',
      'projectedStockoutDate',
      'lastUpdatedOn',
      'overdue',
    ];
    return csvResponse(`stok-${q.province}-${data.today}.csv`, toCsv(cols, data.regencies));
  }
  return json(data);
});
