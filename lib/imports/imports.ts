import { z } from 'zod';
import { ApiError, errors, type Msg } from '@/lib/api/errors';
import { messageOf, msg } from '@/lib/i18n/messages';
import { audit } from '@/lib/auditlog/write';
import { can, PERMISSIONS, type Action, type Actor } from '@/lib/auth/permissions';
import { getHandle, txHandle, writeTx, type DbHandle } from '@/lib/db';
import type { CHANNELS, SEGMENTS } from '@/lib/ikd/rules';
import { FIRST_IKD_DAY, replaceIkdDay, setIkdPopulation } from '@/lib/ikd/writes';
import { regionIndex, type Region } from '@/lib/regions/queries';
import { recordMovement } from '@/lib/stock/movements';
import { MAX_BACKDATE_DAYS } from '@/lib/stock/schemas';
import { listItems } from '@/lib/stock/items';
import { ITEM_BLANGKO } from '@/lib/stock/rules';
import { addDays, localDate } from '@/lib/time';
import { parseRow } from './rows';
import { parseCsv } from './csv';

/** CSV imports (issue 6): stock opname counts, daily IKD counts and wajib KTP figures. Preview
 *  validates every row; commit writes all rows in ONE transaction through the stock/IKD domain
 *  write functions (so aggregates and per-change audits stay as for a single write) or nothing. */

export const IMPORT_KINDS = ['opname', 'ikd', 'wajib'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const COLUMNS: Record<ImportKind, string[]> = {
  opname: ['regencyCode', 'countedOnHand', 'occurredOn', 'note'],
  ikd: ['regencyCode', 'day', 'segment', 'channel', 'count'],
  wajib: ['regencyCode', 'wajibKtp', 'validFrom'],
};
/** A last column a file may add (SPEC §16: an opname count of another item than e-KTP blanks). */
export const OPTIONAL_COLUMN: Partial<Record<ImportKind, string>> = { opname: 'item' };

/** The write permission each kind needs (SPEC §2 tables of the stock and IKD domains). */
const ACTION: Record<ImportKind, Action> = { opname: 'stock.regency.write', ikd: 'ikd.write', wajib: 'ikd.write' };

export const MAX_CSV_CHARS = 5_000_000;
export const MAX_ROWS = 50_000;

export const importBody = z.object({
  kind: z.enum(IMPORT_KINDS, { message: msg('Jenis impor tidak dikenal.', 'Unknown import kind.') }),
  csv: z
    .string({ message: msg('Isi berkas CSV wajib dikirim.', 'The CSV text is required.') })
    .min(1, { message: msg('Berkas CSV kosong.', 'The CSV file is empty.') })
    .max(MAX_CSV_CHARS, { message: msg('Berkas CSV paling besar 5 MB.', 'The CSV file can be at most 5 MB.') }),
});
export type ImportBody = z.infer<typeof importBody>;

export type OpnameRow = {
  line: number;
  regencyCode: string;
  countedOnHand: number;
  occurredOn: string;
  note: string;
  /** the item counted (absent: e-KTP blanks) */
  item?: string;
};
export type IkdRow = {
  line: number;
  regencyCode: string;
  day: string;
  segment: (typeof SEGMENTS)[number];
  channel: (typeof CHANNELS)[number];
  count: number;
};
export type WajibRow = { line: number; regencyCode: string; wajibKtp: number; validFrom: string };
export type ImportRow = OpnameRow | IkdRow | WajibRow;

export interface Rejected {
  line: number;
  reason: Msg;
}

export interface Preview {
  kind: ImportKind;
  rows: ImportRow[];
  rejected: Rejected[];
  accepted: number;
  total: number;
}

async function readImportBody(src: unknown): Promise<ImportBody> {
  let raw: unknown = src;
  if (src instanceof Request) {
    if (!/^application\/json\b/i.test(src.headers.get('content-type') ?? '')) {
      throw errors.badRequest({
        id: 'Isi permintaan harus JSON (Content-Type: application/json).',
        en: 'The request body must be JSON (Content-Type: application/json).',
      });
    }
    try {
      const text = await src.text();
      if (text.length > MAX_CSV_CHARS + 10_000) throw new Error('too large');
      raw = JSON.parse(text);
    } catch {
      throw errors.badRequest({
        id: 'Isi permintaan bukan JSON yang valid.',
        en: 'The request body is not valid JSON.',
      });
    }
  }
  const r = importBody.safeParse(raw);
  if (r.success) return r.data;
  const fields: Record<string, Msg> = {};
  for (const issue of r.error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : 'body';
    if (!fields[key]) fields[key] = messageOf(issue.message);
  }
  throw errors.validation(fields);
}

/** Whether the actor may import at all (403 before the body is read, as every write). */
function assertMayImport(actor: Actor, kind?: ImportKind) {
  const actions = kind ? [ACTION[kind]] : Object.values(ACTION);
  if (!actions.some((a) => PERMISSIONS[actor.role]?.[a])) throw errors.forbidden();
}

const reason = (id: string, en: string): Msg => ({ id, en });

/** Validates every row of the CSV (SPEC §2 scope, ranges, dates, enums); never writes. */
export async function previewImport(
  actor: Actor,
  body: unknown,
  handle?: DbHandle,
  now = new Date(),
): Promise<Preview> {
  assertMayImport(actor);
  const input = await readImportBody(body);
  assertMayImport(actor, input.kind);
  const h = handle ?? (await getHandle());
  return validate(h, actor, input, now);
}

async function validate(h: DbHandle, actor: Actor, input: ImportBody, now: Date): Promise<Preview> {
  const { kind } = input;
  const idx = (await regionIndex(h)).byCode;
  const rejected: Rejected[] = [];
  const rows: ImportRow[] = [];
  const parsed = parseCsv(input.csv);
  if (parsed.error) {
    const line = parsed.error.line;
    return {
      kind,
      rows: [],
      rejected: [
        {
          line,
          reason: reason('Tanda kutip CSV tidak tertutup atau salah letak.', 'Unbalanced or misplaced CSV quote.'),
        },
      ],
      accepted: 0,
      total: 0,
    };
  }
  const records = parsed.records;
  const optional = OPTIONAL_COLUMN[kind];
  const header = records[0]?.fields.map((f) => f.trim());
  const withOptional = Boolean(optional && header?.[COLUMNS[kind].length]?.toLowerCase() === optional.toLowerCase());
  const cols = withOptional && optional ? [...COLUMNS[kind], optional] : COLUMNS[kind];
  const headerOk =
    header && header.length === cols.length && cols.every((c, i) => header[i].toLowerCase() === c.toLowerCase());
  if (!headerOk) {
    return {
      kind,
      rows: [],
      rejected: [
        {
          line: records[0]?.line ?? 1,
          reason: reason(`Baris judul harus: ${cols.join(',')}`, `The header row must be: ${cols.join(',')}`),
        },
      ],
      accepted: 0,
      total: Math.max(records.length - 1, 0),
    };
  }
  const data = records.slice(1);
  if (data.length > MAX_ROWS) {
    return {
      kind,
      rows: [],
      rejected: [
        { line: data[MAX_ROWS].line, reason: reason(`Paling banyak ${MAX_ROWS} baris.`, `At most ${MAX_ROWS} rows.`) },
      ],
      accepted: 0,
      total: data.length,
    };
  }
  const seen = new Map<string, number>();
  const items = withOptional ? new Set((await listItems(actor, h)).items.map((i) => i.code)) : null;
  const wajibCache = new Map<string, { validFrom: string; wajibKtp: number }[]>();
  for (const rec of data) {
    const f = rec.fields.map((x) => x.trim());
    const reject = (m: Msg) => rejected.push({ line: rec.line, reason: m });
    if (f.length !== cols.length) {
      reject(
        reason(`Harus ${cols.length} kolom, ada ${f.length}.`, `Expected ${cols.length} columns, found ${f.length}.`),
      );
      continue;
    }
    // each cell as the API's schema of that field reads it (./rows.ts), then what needs the region
    const cells = Object.fromEntries(cols.map((c, i) => [c, f[i]]));
    const parsed = parseRow(kind, cells);
    if (!parsed.ok) {
      reject(parsed.reason);
      continue;
    }
    const region = idx.get(f[0]);
    if (!region || region.level !== 'regency') {
      reject(reason(`Kode kabupaten/kota "${f[0]}" tidak dikenal.`, `Unknown regency code "${f[0]}".`));
      continue;
    }
    if (!can(actor, ACTION[kind], region.code)) {
      reject(reason(`${region.name} di luar wilayah Anda.`, `${region.name} is outside your scope.`));
      continue;
    }
    const today = localDate(region.timeZone, now);
    const dayError = (d: string, earliest: string): Msg | null => {
      if (d > today)
        return reason(`Tanggal ${d} belum tiba (hari ini ${today}).`, `${d} has not come yet (today is ${today}).`);
      if (d < earliest) return reason(`Tanggal paling awal ${earliest}.`, `The earliest date is ${earliest}.`);
      return null;
    };
    const dup = (key: string): boolean => {
      const first = seen.get(key);
      if (first !== undefined) {
        reject(reason(`Duplikat dari baris ${first}.`, `Duplicate of line ${first}.`));
        return true;
      }
      seen.set(key, rec.line);
      return false;
    };
    const { row } = parsed;
    if (row.kind === 'opname') {
      const { countedOnHand, occurredOn, note, item } = row.cells;
      if (item && !items?.has(item)) {
        reject(reason(`Barang "${item}" tidak dikenal.`, `Unknown item "${item}".`));
        continue;
      }
      const e = dayError(occurredOn, addDays(today, -MAX_BACKDATE_DAYS));
      if (e) {
        reject(e);
        continue;
      }
      if (dup(item && item !== ITEM_BLANGKO ? `${region.code}|${item}` : region.code)) continue;
      rows.push({ line: rec.line, regencyCode: region.code, countedOnHand, occurredOn, note, item });
    } else if (row.kind === 'ikd') {
      const { day, segment, channel, count } = row.cells;
      const e = dayError(day, FIRST_IKD_DAY);
      if (e) {
        reject(e);
        continue;
      }
      if (dup(`${region.code}|${day}|${segment}|${channel}`)) continue;
      rows.push({ line: rec.line, regencyCode: region.code, day, segment, channel, count });
    } else {
      const { wajibKtp, validFrom } = row.cells;
      const e = dayError(validFrom, '2000-01-01');
      if (e) {
        reject(e);
        continue;
      }
      if (dup(`${region.code}|${validFrom}`)) continue;
      rows.push({ line: rec.line, regencyCode: region.code, wajibKtp, validFrom });
    }
  }
  if (kind === 'ikd') await checkWajib(h, rows as IkdRow[], rejected, wajibCache, idx);
  rejected.sort((a, b) => a.line - b.line);
  const bad = new Set(rejected.map((r) => r.line));
  const good = rows.filter((r) => !bad.has(r.line));
  return { kind, rows: good, rejected, accepted: good.length, total: data.length };
}

/** A day's total may not exceed the regency's wajib KTP valid that day (as replaceIkdDay checks). */
async function checkWajib(
  h: DbHandle,
  rows: IkdRow[],
  rejected: Rejected[],
  cache: Map<string, { validFrom: string; wajibKtp: number }[]>,
  idx: Map<string, Region>,
) {
  const codes = [...new Set(rows.map((r) => r.regencyCode))];
  if (codes.length === 0) return;
  const pop = await h.db
    .selectFrom('ikd_population')
    .select(['regency_code', 'valid_from', 'wajib_ktp'])
    .where('regency_code', 'in', codes)
    .orderBy('valid_from', 'desc')
    .execute();
  for (const p of pop) {
    const list = cache.get(p.regency_code) ?? [];
    list.push({ validFrom: p.valid_from, wajibKtp: Number(p.wajib_ktp) });
    cache.set(p.regency_code, list);
  }
  const groups = new Map<string, IkdRow[]>();
  for (const r of rows) {
    const k = `${r.regencyCode}|${r.day}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  for (const g of groups.values()) {
    const { regencyCode, day } = g[0];
    const name = idx.get(regencyCode)?.name ?? regencyCode;
    const wajib = cache.get(regencyCode)?.find((p) => p.validFrom <= day)?.wajibKtp ?? null;
    const sum = g.reduce((s, r) => s + r.count, 0);
    const m =
      wajib === null
        ? reason(`Wajib KTP ${name} pada ${day} belum dicatat.`, `No wajib KTP of ${name} is recorded for ${day}.`)
        : sum > wajib
          ? reason(
              `Total ${day} (${sum}) melebihi wajib KTP ${name} (${wajib}).`,
              `The total of ${day} (${sum}) exceeds the wajib KTP of ${name} (${wajib}).`,
            )
          : null;
    if (m) for (const r of g) rejected.push({ line: r.line, reason: m });
  }
}

/** Writes every row in ONE transaction, or nothing (422 listing the rejected rows). */
export async function commitImport(actor: Actor, body: unknown, handle?: DbHandle, now = new Date()) {
  assertMayImport(actor);
  const input = await readImportBody(body);
  assertMayImport(actor, input.kind);
  const h = handle ?? (await getHandle());
  const preview = await validate(h, actor, input, now);
  if (preview.rejected.length > 0 || preview.accepted === 0) throw rejectedError(preview);
  const started = Date.now();
  try {
    return await writeTx(h, async (tx) => {
      const th = txHandle(h, tx);
      const regencies = new Set<string>();
      let changes = 0;
      let net = 0;
      if (input.kind === 'opname') {
        for (const r of preview.rows as OpnameRow[]) {
          const res = await recordMovement(
            actor,
            r.regencyCode,
            {
              type: 'ADJUSTMENT',
              countedOnHand: r.countedOnHand,
              occurredOn: r.occurredOn,
              note: r.note,
              reference: undefined,
              item: r.item,
            },
            { handle: th, now },
          );
          regencies.add(r.regencyCode);
          changes++;
          net += res.body.movement.delta;
        }
      } else if (input.kind === 'ikd') {
        const groups = new Map<string, IkdRow[]>();
        for (const r of preview.rows as IkdRow[]) {
          const k = `${r.regencyCode}|${r.day}`;
          const g = groups.get(k);
          if (g) g.push(r);
          else groups.set(k, [r]);
        }
        for (const g of groups.values()) {
          const { regencyCode, day } = g[0];
          const counts = g.map((r) => ({ segment: r.segment, channel: r.channel, count: r.count }));
          const res = await replaceIkdDay(actor, regencyCode, day, { counts }, th, now);
          regencies.add(regencyCode);
          changes++;
          net += res.change;
        }
      } else {
        for (const r of preview.rows as WajibRow[]) {
          await setIkdPopulation(actor, r.regencyCode, { wajibKtp: r.wajibKtp, validFrom: r.validFrom }, th, now);
          regencies.add(r.regencyCode);
          changes++;
        }
      }
      const summary = { kind: input.kind, rows: preview.accepted, changes, regencies: regencies.size, net };
      await audit(tx, {
        actorId: actor.id,
        actorUsername: actor.username,
        action: `import.${input.kind}`,
        scopeCode: regencies.size === 1 ? [...regencies][0] : (actor.scopeCode ?? 'national'),
        before: null,
        after: summary,
      });
      return { ...summary, ms: Date.now() - started };
    });
  } catch (e) {
    // A domain rule the preview does not repeat: nothing was written (the transaction rolled back).
    if (e instanceof ApiError && e.code === 'VALIDATION') {
      const m = Object.values(e.fields ?? {})[0] ?? e.msg;
      throw new ApiError('VALIDATION', { id: `Impor dibatalkan: ${m.id}`, en: `Import cancelled: ${m.en}` }, e.fields);
    }
    throw e;
  }
}

function rejectedError(p: Preview): ApiError {
  const first = p.rejected[0];
  if (!first)
    return errors.validation({ csv: { id: 'Berkas tidak berisi baris data.', en: 'The file holds no data rows.' } });
  return new ApiError(
    'VALIDATION',
    {
      id: `${p.rejected.length} baris ditolak; tidak ada yang disimpan. Baris ${first.line}: ${first.reason.id}`,
      en: `${p.rejected.length} rows rejected; nothing was saved. Line ${first.line}: ${first.reason.en}`,
    },
    { csv: { id: `Baris ${first.line}: ${first.reason.id}`, en: `Line ${first.line}: ${first.reason.en}` } },
  );
}
