import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { parseBody } from '@/lib/api/query';
import { requisitionIdParam } from '@/lib/api/params';
import { exportLang, exportResponse } from '@/lib/export/table';
import { detailQuery, updateBody } from '@/lib/requisitions/schemas';
import { authorizeUpdate, getRequisition, updateRequisition } from '@/lib/requisitions/queries';
import { LINE_COLUMNS } from '@/lib/requisitions/export';
import { requisitionAnswer } from '@/lib/requisitions/answers';

export const dynamic = 'force-dynamic';

const params = z.object({ id: requisitionIdParam });

export const GET = operation(
  {
    method: 'GET',
    path: '/requisitions/{id}',
    summary: 'One requisition with its lines and the receipts booked against it',
    operationId: 'getRequisition',
    output: requisitionAnswer,
    params,
    query: detailQuery,
  },
  async ({ req, actor, params: { id }, query: { format } }) => {
    const r = await getRequisition(actor, id);
    if (format === 'json') return r;
    return exportResponse(format, {
      what: `permintaan-${r.id}`,
      region: `${r.provinceCode} ${r.provinceName}`,
      day: r.figuresOn,
      lang: exportLang(req),
      columns: LINE_COLUMNS,
      rows: r.lines,
    });
  },
);

/** Submit or cancel (SPEC §17): the body is judged once the caller is authorized. */
export const PUT = operation(
  {
    method: 'PUT',
    path: '/requisitions/{id}',
    summary: 'Submit or cancel a requisition, or edit the requested quantities of a draft',
    operationId: 'updateRequisition',
    output: requisitionAnswer,
    params,
    domainBody: updateBody,
  },
  async ({ req, actor, params: { id } }) => {
    await authorizeUpdate(actor, id);
    return updateRequisition(actor, id, await parseBody(req, updateBody));
  },
);
export const { POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
