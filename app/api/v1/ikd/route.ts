import { z } from 'zod';
import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { langOf } from '@/lib/api/errors';
import { requireActor } from '@/lib/auth/session';
import { getIkdRanking, ikdQuery } from '@/lib/ikd/queries';
import { exportResponse } from '@/lib/export/table';
import { IKD_COLUMNS } from '@/lib/export/domains';

export const dynamic = 'force-dynamic';

const query = ikdQuery.extend({ format: z.enum(['json', 'csv', 'xlsx']).default('json') });

export const GET = route(async (req) => {
  const actor = await requireActor();
  const { format, ...q } = parseQuery(req, query);
  const data = await getIkdRanking(actor, q);
  if (format === 'json') return json(data);
  return exportResponse(format, {
    what: 'ikd',
    region: data.scope.code,
    day: data.today,
    lang: langOf(req.headers.get('accept-language')),
    columns: IKD_COLUMNS,
    rows: data.rows,
  });
});
