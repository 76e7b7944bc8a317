import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { getIkdRanking, ikdQuery } from '@/lib/ikd/queries';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { IKD_COLUMNS } from '@/lib/export/domains';

export const dynamic = 'force-dynamic';

const query = ikdQuery.extend({ format: formatParam });

export const GET = route(async (req) => {
  const actor = await requireActor();
  const { format, ...q } = parseQuery(req, query);
  const data = await getIkdRanking(actor, q);
  if (format === 'json') return json(data);
  return exportResponse(format, {
    what: 'ikd',
    region: data.scope.level === 'national' ? 'Indonesia' : `${data.scope.code} ${data.scope.name}`,
    day: data.today,
    lang: exportLang(req),
    columns: IKD_COLUMNS,
    rows: data.rows,
  });
});
