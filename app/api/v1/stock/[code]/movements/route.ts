import { operation, otherMethods } from '@/lib/api/pipeline';
import { locationPath } from '@/lib/api/params';
import { parseBody } from '@/lib/api/query';
import { ledgerQuery, movementBody } from '@/lib/stock/schemas';
import { getLedger } from '@/lib/stock/queries';
import { authorizeLedgerWrite, recordMovement } from '@/lib/stock/movements';
import { answer } from '@/lib/stock/http';
import { exportWhat, itemOf } from '@/lib/stock/items';
import { EXPORT_CAP, capNote, exportLang, exportResponse } from '@/lib/export/table';
import { LEDGER_COLUMNS } from '@/lib/export/stock';
import { exportRegion } from '@/lib/export/region';
import { ledgerAnswer, recordedAnswer } from '@/lib/stock/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/stock/{code}/movements',
    summary: 'The ledger of a regency or province warehouse, newest first, paged',
    output: ledgerAnswer,
    params: locationPath,
    query: ledgerQuery,
  },
  async ({ req, actor, params: { code }, query: { format, ...q } }) => {
    if (format === 'json') return getLedger(actor, code, q);
    // a download holds every movement matching the filters (not one page), up to EXPORT_CAP
    const data = await getLedger(actor, code, { ...q, cursor: undefined, limit: EXPORT_CAP });
    const region = await exportRegion(code);
    const lang = exportLang(req);
    return exportResponse(format, {
      what: exportWhat('mutasi', data.item),
      region: region.label,
      day: q.asOf ?? region.today,
      lang,
      columns: LEDGER_COLUMNS,
      rows: data.items,
      note: data.nextCursor ? capNote(EXPORT_CAP, lang) : undefined,
    });
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
    domainBody: movementBody,
    idempotent: true,
  },
  async ({ req, actor, params: { code }, idempotencyKey }) => {
    await authorizeLedgerWrite(actor, code);
    const body = await parseBody(req, movementBody);
    const item = itemOf(body, req.nextUrl.searchParams);
    return answer(await recordMovement(actor, code, { ...body, item }, { key: idempotencyKey }));
  },
);
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
