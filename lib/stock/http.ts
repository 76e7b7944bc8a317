import { json } from '@/lib/api/handler';
import type { StoredAnswer } from '@/lib/api/idempotency';
import { toCsv } from './queries';
import { toXlsx } from './xlsx';

/** The stored answer of an idempotent write as an HTTP response (a replay says so in a header). */
export function answer(a: StoredAnswer) {
  return json(a.body, { status: a.status, headers: a.replayed ? { 'Idempotent-Replayed': 'true' } : {} });
}

export function csvResponse(filename: string, csv: string) {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

/** A list as a CSV or XLSX download with the given columns (SPEC §8: same columns as shown). */
export function download(format: 'csv' | 'xlsx', name: string, columns: string[], rows: Record<string, unknown>[]) {
  if (format === 'csv') return csvResponse(`${name}.csv`, toCsv(columns, rows));
  return new Response(new Uint8Array(toXlsx(name.slice(0, 31), columns, rows)), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
