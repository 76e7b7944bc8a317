import ExcelJS from 'exceljs';
import type { Lang } from '@/lib/api/errors';

/** Every table exports to CSV and XLSX with the columns it shows (SPEC §7/§8 `format=`):
 *  numbers stay numbers, dates become real dates in XLSX, file names say region and date. */
export type ColumnType = 'text' | 'int' | 'decimal' | 'percent' | 'date';

export interface Column<T> {
  header: { id: string; en: string };
  type: ColumnType;
  value: (row: T) => string | number | null | undefined;
}

export type ExportFormat = 'csv' | 'xlsx';

function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // Quote when needed; neutralise spreadsheet formulas in text cells (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) && Number.isNaN(Number(s)) ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<T>(columns: Column<T>[], rows: T[], lang: Lang): string {
  const lines = [columns.map((c) => csvCell(c.header[lang])).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

const NUM_FMT: Record<ColumnType, string | undefined> = {
  text: undefined,
  int: '#,##0',
  decimal: '#,##0.0',
  percent: '0.00',
  date: 'd mmm yyyy',
};

export async function toXlsx<T>(columns: Column<T>[], rows: T[], lang: Lang, sheetName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pantau';
  const ws = wb.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  ws.columns = columns.map((c) => ({
    header: c.header[lang],
    width: Math.max(10, c.header[lang].length + 2),
    style: NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    ws.addRow(
      columns.map((c) => {
        const v = c.value(r);
        if (v === null || v === undefined || v === '') return null;
        if (c.type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))
          return new Date(`${v.slice(0, 10)}T00:00:00Z`);
        if (c.type !== 'text' && c.type !== 'date') return typeof v === 'number' ? v : Number(v);
        return v;
      }),
    );
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `pantau-<what>-<region>-<date>.<ext>`, safe for every file system. */
export function exportFileName(what: string, region: string, day: string, format: ExportFormat): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `pantau-${clean(what)}-${clean(region)}-${clean(day)}.${format}`;
}

/** The download answer of a list endpoint for `format=csv|xlsx`. */
export async function exportResponse<T>(
  format: ExportFormat,
  opts: { what: string; region: string; day: string; lang: Lang; columns: Column<T>[]; rows: T[] },
): Promise<Response> {
  const name = exportFileName(opts.what, opts.region, opts.day, format);
  const headers = {
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'private, no-store',
  };
  if (format === 'csv') {
    return new Response(toCsv(opts.columns, opts.rows, opts.lang), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' },
    });
  }
  const buf = await toXlsx(opts.columns, opts.rows, opts.lang, opts.what);
  return new Response(new Uint8Array(buf), {
    headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
}
