import { otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { localDate } from '@/lib/time';
import { listQuery } from '@/lib/requisitions/schemas';
import { listRequisitions } from '@/lib/requisitions/queries';
import { LIST_COLUMNS } from '@/lib/requisitions/export';
import { requisitionsAnswer } from '@/lib/requisitions/answers';

export const dynamic = 'force-dynamic';

export const GET = exportable(
  {
    method: 'GET',
    path: '/requisitions',
    summary: 'Requisitions of the nation (admin) or of a province, newest first, with the totals',
    operationId: 'listRequisitions',
    output: requisitionsAnswer,
    query: listQuery,
  },
  {
    read: ({ actor, query }) => listRequisitions(actor, query.scope),
    table: (data) => ({
      what: 'permintaan',
      region: data.scope === 'national' ? 'Indonesia' : data.scope,
      day: localDate('Asia/Jakarta'),
      columns: LIST_COLUMNS,
      rows: data.requisitions,
    }),
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
