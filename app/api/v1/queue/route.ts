import { z } from 'zod';
import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { langOf } from '@/lib/api/errors';
import { requireActor } from '@/lib/auth/session';
import { getQueue, queueQuery } from '@/lib/queue/figures';
import { exportResponse } from '@/lib/export/table';
import { QUEUE_COLUMNS } from '@/lib/export/domains';

export const dynamic = 'force-dynamic';

const query = queueQuery.extend({ format: z.enum(['json', 'csv', 'xlsx']).default('json') });

export const GET = route(async (req) => {
  const actor = await requireActor();
  const { format, ...q } = parseQuery(req, query);
  const data = await getQueue(actor, q);
  if (format === 'json') return json(data);
  return exportResponse(format, {
    what: 'antrean',
    region: data.scope,
    day: data.asOf ?? data.offices[0]?.day ?? new Date().toISOString().slice(0, 10),
    lang: langOf(req.headers.get('accept-language')),
    columns: QUEUE_COLUMNS,
    rows: data.offices,
  });
});
