import ExcelJS from 'exceljs';
import { z } from 'zod';
import { langOf, type Lang } from '@/lib/api/errors';
import { LANG_COOKIE } from '@/lib/i18n/dict';

/** Every table exports to CSV and XLSX with the columns it shows (SPEC §7/§8 `format=`):
 *  numbers stay numbers, dates become real dates in XLSX, file names say region and date. */
export type ColumnType = 'text' | 'int' | 'decimal' | 'percent' | 'date' | 'datetime';

export interface Column<T> {
  header: { id: string; en: string };
  type: ColumnType;
  /** The cell; `lang` for labels (status, yes/no) in the caller's language. */
  value: (row: T, lang: Lang) => string | number | null | undefined;
}

/** The header maker of a domain's columns: `header((d) => d.rank)` is that word of `dict` in
 *  both languages. */
export function headersFrom<D>(dict: (lang: Lang) => D) {
  return (word: (d: D) => string): Column<unknown>['header'] => ({ id: word(dict('id')), en: word(dict('en')) });
}

/** One table of an export: its sheet name, columns and rows, and an optional closing note
 *  (e.g. "only the newest 10,000 entries") written as the last row of the file. */
export interface Sheet<T> {
  name: string;
  columns: Column<T>[];
  rows: T[];
  note?: string;
}

export type ExportFormat = 'csv' | 'xlsx';

/** The `format=` parameter of every list endpoint. */
export const formatParam = z.enum(['json', 'csv', 'xlsx']).default('json');

/** Most rows one download of a paged list holds (audit, ledger); beyond it the file says so. */
export const EXPORT_CAP = 10_000;

/** The closing line of a download cut at `cap` rows. */
export function capNote(cap: number, lang: Lang): string {
  const n = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'id-ID').format(cap);
  return lang === 'en'
    ? `Cut off: only the newest ${n} matching rows. Narrow the filter for the rest.`
    : `Dipotong: hanya ${n} baris terbaru yang cocok. Persempit saringan untuk sisanya.`;
}

/** A yes/no cell in the caller's language. */
export const yesNo = (b: boolean, lang: Lang) => (b ? (lang === 'en' ? 'Yes' : 'Ya') : lang === 'en' ? 'No' : 'Tidak');

function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // Quote when needed; neutralise spreadsheet formulas in text cells (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) && Number.isNaN(Number(s)) ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A datetime as shown on the pages: `YYYY-MM-DD HH:MM:SS` (UTC). */
const csvDateTime = (v: string) => v.replace('T', ' ').slice(0, 19);

function csvOf(table: AnySheet, lang: Lang): string {
  const lines = [table.columns.map((c) => csvCell(c.header[lang])).join(',')];
  for (const r of table.cells(lang)) {
    lines.push(
      r
        .map((v, i) => csvCell(table.columns[i].type === 'datetime' && typeof v === 'string' ? csvDateTime(v) : v))
        .join(','),
    );
  }
  if (table.note) lines.push(csvCell(table.note));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function toCsv<T>(columns: Column<T>[], rows: T[], lang: Lang, note?: string): string {
  return csvOf(sheet({ name: '', columns, rows, note }), lang);
}

const NUM_FMT: Record<ColumnType, string | undefined> = {
  text: undefined,
  int: '#,##0',
  decimal: '#,##0.0',
  percent: '0.00',
  date: 'd mmm yyyy',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

function xlsxCell(type: ColumnType, v: string | number | null | undefined): string | number | Date | null {
  if (v === null || v === undefined || v === '') return null;
  if (type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))
    return new Date(`${v.slice(0, 10)}T00:00:00Z`);
  if (type === 'datetime' && typeof v === 'string') {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? v : d;
  }
  if (type !== 'text' && type !== 'date' && type !== 'datetime') return typeof v === 'number' ? v : Number(v);
  return v;
}

/** A sheet with its row type erased, so tables of different rows fit in one workbook. */
export interface AnySheet {
  name: string;
  columns: { header: { id: string; en: string }; type: ColumnType }[];
  cells: (lang: Lang) => (string | number | null | undefined)[][];
  note?: string;
}

export function sheet<T>(s: Sheet<T>): AnySheet {
  return { ...s, cells: (lang) => s.rows.map((r) => s.columns.map((c) => c.value(r, lang))) };
}

function addSheet(wb: ExcelJS.Workbook, sheet: AnySheet, lang: Lang) {
  const { columns } = sheet;
  const ws = wb.addWorksheet(sheet.name.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  ws.columns = columns.map((c) => ({
    header: c.header[lang],
    width: Math.max(10, c.header[lang].length + 2),
    style: NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of sheet.cells(lang)) ws.addRow(r.map((v, i) => xlsxCell(columns[i].type, v)));
  if (sheet.note) ws.addRow([sheet.note]).font = { italic: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** One workbook with one sheet per table. */
export async function toXlsxBook(sheets: AnySheet[], lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pantau';
  for (const s of sheets) addSheet(wb, s, lang);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function toXlsx<T>(columns: Column<T>[], rows: T[], lang: Lang, sheetName: string, note?: string) {
  return toXlsxBook([sheet({ name: sheetName, columns, rows, note })], lang);
}

/** `pantau-<what>-<region>-<date>.<ext>`, lower case and safe for every file system;
 *  `region` is e.g. "15 Jambi" → `15-jambi`. */
export function exportFileName(what: string, region: string, day: string, format: ExportFormat): string {
  const clean = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `pantau-${clean(what)}-${clean(region)}-${clean(day)}.${format}`;
}

/** The language of an export's headers and labels: the UI language the caller chose (its
 *  cookie, as a link clicked in the app sends), else `Accept-Language` (API clients). */
export function exportLang(req: Request): Lang {
  const cookie = req.headers.get('cookie') ?? '';
  const m = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=(id|en)\\b`).exec(cookie);
  return m ? (m[1] as Lang) : langOf(req.headers.get('accept-language'));
}

function download(name: string, body: string | Buffer, format: ExportFormat): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
      'Content-Type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });
}

/** One table as a CSV or single-sheet XLSX download. */
export async function sheetResponse(
  format: ExportFormat,
  table: AnySheet,
  opts: { what: string; region: string; day: string; lang: Lang },
): Promise<Response> {
  const name = exportFileName(opts.what, opts.region, opts.day, format);
  if (format === 'csv') return download(name, csvOf(table, opts.lang), format);
  return download(name, await toXlsxBook([table], opts.lang), format);
}

/** The download answer of a list endpoint for `format=csv|xlsx`. */
export function exportResponse<T>(
  format: ExportFormat,
  opts: { what: string; region: string; day: string; lang: Lang; columns: Column<T>[]; rows: T[]; note?: string },
): Promise<Response> {
  return sheetResponse(
    format,
    sheet({ name: opts.what, columns: opts.columns, rows: opts.rows, note: opts.note }),
    opts,
  );
}

/** Several tables as one workbook, one sheet each. */
export async function workbookResponse(opts: {
  what: string;
  region: string;
  day: string;
  lang: Lang;
  sheets: AnySheet[];
}): Promise<Response> {
  const name = exportFileName(opts.what, opts.region, opts.day, 'xlsx');
  return download(name, await toXlsxBook(opts.sheets, opts.lang), 'xlsx');
}
