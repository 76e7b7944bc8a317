import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { requisitionIdParam } from '@/lib/api/params';
import { updateBody } from '@/lib/requisitions/schemas';
import { authorizeUpdate, getRequisition, updateRequisition } from '@/lib/requisitions/queries';
import { LINE_COLUMNS } from '@/lib/requisitions/export';
import { requisitionAnswer } from '@/lib/requisitions/answers';

export const dynamic = 'force-dynamic';

const params = z.object({ id: requisitionIdParam });

export const GET = exportable(
  {
    method: 'GET',
    path: '/requisitions/{id}',
    summary: 'One requisition with its lines and the receipts booked against it',
    operationId: 'getRequisition',
    output: requisitionAnswer,
    params,
  },
  {
    read: ({ actor, params: { id } }) => getRequisition(actor, id),
    table: (r) => ({
      what: `permintaan-${r.id}`,
      region: `${r.provinceCode} ${r.provinceName}`,
      day: r.figuresOn,
      columns: LINE_COLUMNS,
      rows: r.lines,
    }),
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
    authorize: ({ actor, params: { id } }) => authorizeUpdate(actor, id),
    body: updateBody,
  },
  ({ actor, params: { id }, body }) => updateRequisition(actor, id, body),
);
export const { POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
