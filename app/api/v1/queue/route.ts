import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { getQueue } from '@/lib/queue/figures';
import { OFFICES_PER_PAGE } from '@/lib/queue/rules';
import { queueAnswer } from '@/lib/queue/poll';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { COUNTER_COLUMNS, QUEUE_COLUMNS, counterRows } from '@/lib/export/domains';
import { exportRegion } from '@/lib/export/region';
import { scopeQueueAnswer } from '@/lib/queue/answers';
import { queueQuery } from '@/lib/queue/schemas';

export const dynamic = 'force-dynamic';

/** `level=counter` exports the per-counter tables of the office cards instead of the offices. */
const query = queueQuery.extend({ format: formatParam, level: z.enum(['office', 'counter']).default('office') });

export const GET = operation(
  {
    method: 'GET',
    path: '/queue',
    summary:
      'Per office and counter: the figures of SPEC §6 (overloaded offices first), totals and issued/served per hour',
    output: scopeQueueAnswer,
    query,
  },
  async ({ req, actor, query: { format, level, limit, cursor, ...q } }) => {
    // JSON comes a page of offices at a time; a download holds every office of the scope.
    if (format === 'json')
      return queueAnswer(actor, { ...q, limit: limit ?? OFFICES_PER_PAGE, cursor }, req.headers.get('if-none-match'));
    const data = await getQueue(actor, q);
    const region = await exportRegion(data.scope);
    const base = {
      region: region.label,
      day: data.asOf ?? data.offices[0]?.day ?? region.today,
      lang: exportLang(req),
    };
    return level === 'counter'
      ? exportResponse(format, { ...base, what: 'loket', columns: COUNTER_COLUMNS, rows: counterRows(data.offices) })
      : exportResponse(format, { ...base, what: 'antrean', columns: QUEUE_COLUMNS, rows: data.offices });
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
