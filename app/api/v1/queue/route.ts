import { z } from 'zod';
import { otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { getQueue } from '@/lib/queue/figures';
import { OFFICES_PER_PAGE } from '@/lib/queue/rules';
import { queueAnswer } from '@/lib/queue/poll';
import { formatParam } from '@/lib/export/table';
import { COUNTER_COLUMNS, QUEUE_COLUMNS, counterRows } from '@/lib/export/domains';
import { exportRegion } from '@/lib/export/region';
import { scopeQueueAnswer } from '@/lib/queue/answers';
import { queueQuery } from '@/lib/queue/schemas';

export const dynamic = 'force-dynamic';

/** `level=counter` exports the per-counter tables of the office cards instead of the offices
 *  (`format` placed before it, as the document lists them). */
const query = queueQuery.extend({ format: formatParam, level: z.enum(['office', 'counter']).default('office') });

export const GET = exportable(
  {
    method: 'GET',
    path: '/queue',
    summary:
      'Per office and counter: the figures of SPEC §6 (overloaded offices first), totals and issued/served per hour',
    output: scopeQueueAnswer,
    query,
  },
  {
    // JSON comes a page of offices at a time; a download holds every office of the scope.
    read: ({ req, actor, query: { scope, asOf, status, limit, cursor } }) =>
      queueAnswer(
        actor,
        { scope, asOf, status, limit: limit ?? OFFICES_PER_PAGE, cursor },
        req.headers.get('if-none-match'),
      ),
    readAll: ({ actor, query: { scope, asOf, status } }) => getQueue(actor, { scope, asOf, status }),
    table: async (data, { query: { level } }) => {
      const region = await exportRegion(data.scope);
      const day = data.asOf ?? data.offices[0]?.day ?? region.today;
      return level === 'counter'
        ? { region: region.label, day, what: 'loket', columns: COUNTER_COLUMNS, rows: counterRows(data.offices) }
        : { region: region.label, day, what: 'antrean', columns: QUEUE_COLUMNS, rows: data.offices };
    },
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
