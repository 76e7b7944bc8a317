/** How an import reads what people type: pure, so each accepted spelling is tested. */

/** A date as people write it in Indonesia (`30/11/2026`, `30-11-2026`, `30.11.2026`, `1/2/2026`)
 *  or as ISO (`2026-11-30`), as `YYYY-MM-DD`; anything else is returned as it is (the caller
 *  rejects it with a message that names both forms). */
export function normalizeDay(raw: string): string {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return s;
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** A code as people type it (`umum`, `Jemput bola`, `asn-tni-polri`) as the code of `allowed`
 *  (`UMUM`, `JEMPUT_BOLA`, `ASN_TNI_POLRI`), or null when it is none of them. */
export function normalizeCode<T extends string>(raw: string, allowed: readonly T[]): T | null {
  const s = raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return (allowed as readonly string[]).includes(s) ? (s as T) : null;
}

/** A number cell as the API would receive it in JSON, for the API's own schema to judge: an
 *  empty cell is no value; whole numbers, negatives and true fractions (`12`, `-1`, `1.5`) are
 *  numbers; anything else stays text, which the schema refuses as not a number. Not `Number()`
 *  on everything: that reads '' as 0, `1e3` as 1000 and `2.000` (two thousand, as Indonesians
 *  write it) as 2. */
export function readNumber(cell: string | undefined): unknown {
  if (cell === undefined || cell === '') return undefined;
  return /^-?\d+$/.test(cell) || /^-?\d+\.\d*[1-9]\d*$/.test(cell) ? Number(cell) : cell;
}

/** The CSV template of an import: its header and one example row. */
export function templateCsv(columns: string[], example: string[]): string {
  return `${columns.join(',')}\r\n${example.join(',')}\r\n`;
}

/** One example row per import, in the order of its columns (lib/imports/imports.ts COLUMNS). */
export const TEMPLATE_EXAMPLES: Record<'opname' | 'ikd' | 'wajib', string[]> = {
  opname: ['15.71', '1850', '30/11/2026', 'Stock opname akhir bulan'],
  ikd: ['15.71', '30/11/2026', 'UMUM', 'KANTOR', '120'],
  wajib: ['15.71', '452300', '01/07/2026'],
};
