import { operation, otherMethods } from '@/lib/api/pipeline';
import { exportLang, exportResponse } from '@/lib/export/table';
import { localDate } from '@/lib/time';
import { listQuery } from '@/lib/requisitions/schemas';
import { listRequisitions } from '@/lib/requisitions/queries';
import { LIST_COLUMNS } from '@/lib/requisitions/export';
import { requisitionsAnswer } from '@/lib/requisitions/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/requisitions',
    summary: 'Requisitions of the nation (admin) or of a province, newest first, with the totals',
    operationId: 'listRequisitions',
    output: requisitionsAnswer,
    query: listQuery,
  },
  async ({ req, actor, query: { scope, format } }) => {
    const data = await listRequisitions(actor, scope);
    if (format === 'json') return data;
    return exportResponse(format, {
      what: 'permintaan',
      region: data.scope === 'national' ? 'Indonesia' : data.scope,
      day: localDate('Asia/Jakarta'),
      lang: exportLang(req),
      columns: LIST_COLUMNS,
      rows: data.requisitions,
    });
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
