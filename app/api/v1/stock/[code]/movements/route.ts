import { operation, otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { locationPath } from '@/lib/api/params';
import { ledgerQuery, movementBody } from '@/lib/stock/schemas';
import { getLedger } from '@/lib/stock/queries';
import { authorizeLedgerWrite, recordMovement } from '@/lib/stock/movements';
import { answer } from '@/lib/stock/http';
import { exportWhat, itemOf } from '@/lib/stock/items';
import { EXPORT_CAP } from '@/lib/export/table';
import { LEDGER_COLUMNS } from '@/lib/export/stock';
import { exportRegion } from '@/lib/export/region';
import { ledgerAnswer, recordedAnswer } from '@/lib/stock/answers';

export const dynamic = 'force-dynamic';

export const GET = exportable(
  {
    method: 'GET',
    path: '/stock/{code}/movements',
    summary: 'The ledger of a regency or province warehouse, newest first, paged',
    output: ledgerAnswer,
    params: locationPath,
    query: ledgerQuery,
  },
  {
    read: ({ actor, params: { code }, query }) => getLedger(actor, code, query),
    // a download holds every movement matching the filters (not one page), up to EXPORT_CAP
    readAll: ({ actor, params: { code }, query }) =>
      getLedger(actor, code, { ...query, cursor: undefined, limit: EXPORT_CAP }),
    table: async (data, { params: { code }, query }) => {
      const region = await exportRegion(code);
      return {
        what: exportWhat('mutasi', data.item),
        region: region.label,
        day: query.asOf ?? region.today,
        columns: LEDGER_COLUMNS,
        rows: data.items,
        capped: Boolean(data.nextCursor),
      };
    },
  },
);

export const POST = operation(
  {
    method: 'POST',
    path: '/stock/{code}/movements',
    summary: 'Record a movement (RECEIPT, DISTRIBUTION, PRINTED, SPOILED, TRANSFER, ADJUSTMENT, REVERSAL)',
    output: { 201: recordedAnswer },
    periodLocked: true,
    params: locationPath,
    authorize: ({ actor, params: { code } }) => authorizeLedgerWrite(actor, code),
    body: movementBody,
    idempotent: true,
  },
  async ({ req, actor, params: { code }, body, idempotencyKey }) => {
    const item = itemOf(body, req.nextUrl.searchParams);
    return answer(await recordMovement(actor, code, { ...body, item }, { key: idempotencyKey }));
  },
);
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
