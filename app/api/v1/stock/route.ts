import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { stockQuery } from '@/lib/stock/schemas';
import { getProvinceStock } from '@/lib/stock/queries';
import { exportLang, exportResponse } from '@/lib/export/table';
import { STOCK_COLUMNS } from '@/lib/export/stock';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  const { format, ...q } = parseQuery(req, stockQuery);
  const data = await getProvinceStock(actor, q);
  if (format === 'json') return json(data);
  return exportResponse(format, {
    what: 'stok',
    region: `${data.province.code} ${data.province.name}`,
    day: q.asOf ?? data.today,
    lang: exportLang(req),
    columns: STOCK_COLUMNS,
    rows: data.regencies,
  });
});
