import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { getOverview, overviewQuery } from '@/lib/overview/queries';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { OVERVIEW_COLUMNS } from '@/lib/export/overview';

export const dynamic = 'force-dynamic';

const query = overviewQuery.extend({ format: formatParam });

export const GET = route(async (req) => {
  const actor = await requireActor();
  const { format, ...q } = parseQuery(req, query);
  const data = await getOverview(actor, q);
  if (format === 'json') return json(data);
  return exportResponse(format, {
    what: 'ringkasan',
    region: data.scope.level === 'national' ? 'Indonesia' : `${data.scope.code} ${data.scope.name}`,
    day: data.asOf ?? data.today,
    lang: exportLang(req),
    columns: OVERVIEW_COLUMNS,
    rows: data.children,
  });
});
