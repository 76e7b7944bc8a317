/** The row schemas of the CSV imports: each cell is read as people type it (./rules.ts), then
 *  checked by the API's own schema of that field, so a CSV row and a single write refuse the same
 *  value with the same message. What needs the database or the region (the regency known and in
 *  scope, its today, the earliest day, the item known, duplicates, the wajib KTP ceiling) is
 *  checked after the parse, in ./imports.ts. */
import { z } from 'zod';
import type { Msg } from '@/lib/api/errors';
import { dayParam } from '@/lib/api/params';
import { messageOf } from '@/lib/i18n/messages';
import { CHANNELS, SEGMENTS } from '@/lib/ikd/rules';
import { dayCount, populationBody } from '@/lib/ikd/schemas';
import { adjustmentBody } from '@/lib/stock/schemas';
import { isValidDay } from '@/lib/time';
import { normalizeCode, normalizeDay, readNumber } from './rules';

const numberCell = <S extends z.ZodType>(api: S) => z.preprocess(readNumber, api);
const dayCell = <S extends z.ZodType>(api: S) => z.preprocess(normalizeDay, api);
const codeCell = <S extends z.ZodType>(allowed: readonly string[], api: S) =>
  z.preprocess((s: string) => normalizeCode(s, allowed) ?? s, api);

/** The cells of a row by column (COLUMNS of ./imports.ts); the regency code is not among them:
 *  it names a region, looked up in the region index. */
export const ROW_SCHEMAS = {
  opname: z.object({
    countedOnHand: numberCell(adjustmentBody.shape.countedOnHand),
    occurredOn: dayCell(adjustmentBody.shape.occurredOn),
    note: adjustmentBody.shape.note,
    /** an empty item cell counts e-KTP blanks, as a body without `item` */
    item: z.preprocess((s?: string) => s || undefined, adjustmentBody.shape.item),
  }),
  ikd: z.object({
    day: dayCell(dayParam),
    segment: codeCell(SEGMENTS, dayCount.shape.segment),
    channel: codeCell(CHANNELS, dayCount.shape.channel),
    count: numberCell(dayCount.shape.count),
  }),
  wajib: z.object({
    wajibKtp: numberCell(populationBody.shape.wajibKtp),
    validFrom: dayCell(populationBody.shape.validFrom),
  }),
};

/** A date cell as read: not a date, or (an IKD day, whose API schema is `dayParam`) a date
 *  outside 2000–2100, such as a mistyped year. */
const dateAsRead = (d: string): Msg =>
  isValidDay(d)
    ? { id: `Tanggal ${d} di luar tahun 2000–2100.`, en: `${d} is outside the years 2000–2100.` }
    : {
        id: `Tanggal "${d}" harus berformat DD/MM/YYYY atau YYYY-MM-DD.`,
        en: `Date "${d}" must be DD/MM/YYYY or YYYY-MM-DD.`,
      };

/** Cells the import reads more freely than the API (dates as DD/MM/YYYY, codes in any case): a
 *  refusal names what the cell was read as and what it may be, not the API's stricter form. */
const AS_READ: Record<string, (cell: string) => Msg> = {
  occurredOn: dateAsRead,
  day: dateAsRead,
  validFrom: dateAsRead,
  segment: (s) => ({
    id: `Segmen "${s}" tidak dikenal (${SEGMENTS.join(', ')}).`,
    en: `Unknown segment "${s}" (${SEGMENTS.join(', ')}).`,
  }),
  channel: (c) => ({
    id: `Kanal "${c}" tidak dikenal (${CHANNELS.join(', ')}).`,
    en: `Unknown channel "${c}" (${CHANNELS.join(', ')}).`,
  }),
};

type Kind = keyof typeof ROW_SCHEMAS;
/** A parsed row, tagged with its kind. */
export type ParsedRow = { [K in Kind]: { kind: K; cells: z.infer<(typeof ROW_SCHEMAS)[K]> } }[Kind];

/** Parses the cells of one row: its values, or the reason it is refused (the first bad cell's). */
export function parseRow(
  kind: Kind,
  cells: Record<string, string>,
): { ok: true; row: ParsedRow } | { ok: false; reason: Msg } {
  const r = ROW_SCHEMAS[kind].safeParse(cells, { reportInput: true });
  if (r.success) return { ok: true, row: { kind, cells: r.data } as ParsedRow };
  const issue = r.error.issues[0];
  const asRead = AS_READ[String(issue.path[0])];
  return { ok: false, reason: asRead ? asRead(String(issue.input)) : messageOf(issue.message) };
}
