import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { getMonthlyReport, reportQuery } from '@/lib/reports/queries';
import { exportLang, formatParam, sheetResponse, workbookResponse } from '@/lib/export/table';
import { REPORT_TABLES, reportSheets } from '@/lib/export/reports';
import { monthlyReportAnswer } from '@/lib/reports/answers';

export const dynamic = 'force-dynamic';

const query = reportQuery.extend({ format: formatParam, table: z.enum(REPORT_TABLES).optional() });

/** The monthly report of /laporan as JSON; `format=xlsx` is one workbook with a sheet per
 *  table, `format=csv&table=stock|movements|ikd|segments|queue` (or xlsx with `table`) one table. */
export const GET = operation(
  {
    method: 'GET',
    path: '/reports/monthly',
    summary: 'The monthly report of a province or regency (the /laporan page)',
    output: monthlyReportAnswer,
    query,
  },
  async ({ req, actor, query: { format, table, ...q } }) => {
    const data = await getMonthlyReport(actor, q);
    if (format === 'json') return data;
    const lang = exportLang(req);
    const sheets = reportSheets(data, lang);
    const base = { region: `${data.scope.code} ${data.scope.name}`, day: data.month, lang };
    if (table) return sheetResponse(format, sheets[table], { ...base, what: `laporan-${table}` });
    if (format === 'xlsx')
      return workbookResponse({ ...base, what: 'laporan', sheets: REPORT_TABLES.map((t) => sheets[t]) });
    // a CSV holds one table: without `table`, the first one (stock), named so
    return sheetResponse(format, sheets.stock, { ...base, what: 'laporan-stock' });
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
