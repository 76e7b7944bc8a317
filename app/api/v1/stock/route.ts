import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { stockQuery } from '@/lib/stock/schemas';
import { getProvinceStock } from '@/lib/stock/queries';
import { download } from '@/lib/stock/http';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  const q = parseQuery(req, stockQuery);
  const data = await getProvinceStock(actor, q);
  if (q.format !== 'json') {
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
    return download(q.format, `stok-${q.province}-${data.today}`, cols, data.regencies);
  }
  return json(data);
});
