import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { baseWithWajibKtp } from '@/tests/ikd';
import { monthTotalOf, rowCount } from '@/tests/reads';
import type { ApiError } from '@/lib/api/errors';
import { dayCountsBody, populationBody, readBody } from '@/lib/ikd/schemas';
import { movementBody } from '@/lib/stock/schemas';
import { parseCsv } from './csv';
import { commitImport, previewImport, type ImportKind } from './imports';
import { ADMIN, KADIS_JAMBI, KIOSK_KOTA_JAMBI, OP_KOTA_JAMBI } from '@/tests/actors';

/** 12:00 WIB on Monday 23 November 2026. */
const NOW = new Date('2026-11-23T05:00:00Z');

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected a refusal');
}

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields, doubled quotes, CRLF, blank lines and semicolons, keeping line numbers', () => {
    const { records, error } = parseCsv('a,b\r\n"x, ""y""",2\r\n\r\n"multi\nline",3\n');
    expect(error).toBeNull();
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', '2'] },
      { line: 4, fields: ['multi\nline', '3'] },
    ]);
    expect(parseCsv('a;b\n1;2').records[1].fields).toEqual(['1', '2']);
    expect(parseCsv('a,b\n"open,2\n').error).toEqual({ line: 2 });
    expect(parseCsv('a,b\nx"y,2').error).toEqual({ line: 2 });
  });
});

describe.each(DB_KINDS)('CSV imports on %s', (kind) => {
  const h = useFreshDb(kind, baseWithWajibKtp(NOW, { '15.71': 400_000, '15.01': 100_000, '16.71': 1_000_000 }));

  const count = (table: 'ikd_daily' | 'stock_movements' | 'audit_log' | 'ikd_population') => rowCount(h, table);
  const monthTotal = (code: string, month: string) => monthTotalOf(h, code, month);
  const snapshot = async () => ({
    daily: await count('ikd_daily'),
    movements: await count('stock_movements'),
    audit: await count('audit_log'),
    population: await count('ikd_population'),
    nov: await monthTotal('15.71', '2026-11'),
  });

  const IKD_BAD = [
    'regencyCode,day,segment,channel,count',
    '15.71,2026-11-20,ASN_TNI_POLRI,KANTOR,40', // line 2
    '15.71,2026-11-20,GURU,JEMPUT_BOLA,25', // 3
    '15.71,2026-11-21,PELAJAR,KANTOR,5', // 4: unknown segment
    '16.71,2026-11-21,UMUM,KANTOR,7', // 5: outside the officer's scope
    '15.71,2026-11-21,UMUM,KECAMATAN,12', // 6
    '15.71,2026-11-24,UMUM,KANTOR,3', // 7: tomorrow in WIB
    '15.71,2026-11-20,GURU,JEMPUT_BOLA,1', // 8: duplicate of line 3
    '15.71,2026-11-22,MAHASISWA,KANTOR,-4', // 9: negative
  ].join('\n');

  it('previews an IKD file: every row validated, rejected rows with line and reason, nothing written', async () => {
    const before = await snapshot();
    const p = await previewImport(OP_KOTA_JAMBI, { kind: 'ikd', csv: IKD_BAD }, h, NOW);
    expect(p.total).toBe(8);
    expect(p.accepted).toBe(3);
    expect(p.rows.map((r) => r.line)).toEqual([2, 3, 6]);
    expect(p.rejected.map((r) => r.line)).toEqual([4, 5, 7, 8, 9]);
    expect(p.rejected[0].reason.en).toContain('Unknown segment "PELAJAR"');
    expect(p.rejected[1].reason).toEqual({
      id: expect.stringContaining('di luar wilayah Anda'),
      en: expect.stringContaining('outside your scope'),
    });
    expect(p.rejected[2].reason.en).toBe('2026-11-24 has not come yet (today is 2026-11-23).');
    expect(p.rejected[3].reason.en).toBe('Duplicate of line 3.');
    expect(await snapshot()).toEqual(before);
  });

  it('reads dates and codes as people type them: 21/11/2026, lowercase umum, "Jemput bola"', async () => {
    const p = await previewImport(
      OP_KOTA_JAMBI,
      {
        kind: 'ikd',
        csv: 'regencyCode,day,segment,channel,count\n15.71,21/11/2026,umum,kantor,7\n15.71,2026-11-21,Guru,Jemput bola,3\n15.71,21-11-2026,UMUM,KANTOR,1\n15.71,31/11/2026,umum,kantor,1\n',
      },
      h,
      NOW,
    );
    expect(p.rows).toMatchObject([
      { line: 2, day: '2026-11-21', segment: 'UMUM', channel: 'KANTOR', count: 7 },
      { line: 3, day: '2026-11-21', segment: 'GURU', channel: 'JEMPUT_BOLA', count: 3 },
    ]);
    expect(p.rejected.map((r) => [r.line, r.reason.en])).toEqual([
      [4, 'Duplicate of line 2.'],
      [5, 'Date "2026-11-31" must be DD/MM/YYYY or YYYY-MM-DD.'],
    ]);
  });

  it('refuses to commit a file with rejected rows (422) and writes nothing', async () => {
    const before = await snapshot();
    const e = await caught(commitImport(OP_KOTA_JAMBI, { kind: 'ikd', csv: IKD_BAD }, h, NOW));
    expect(e.status).toBe(422);
    expect(e.msg.en).toBe(
      '5 rows rejected; nothing was saved. Line 4: Unknown segment "PELAJAR" (ASN_TNI_POLRI, GURU, MAHASISWA, UMUM).',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a malformed file changes nothing: bad quote, wrong header, wrong column count, empty', async () => {
    const before = await snapshot();
    for (const csv of [
      'regencyCode,day,segment,channel,count\n15.71,2026-11-20,"UMUM,KANTOR,4\n',
      'regency,day,segment,channel,count\n15.71,2026-11-20,UMUM,KANTOR,4\n',
      'regencyCode,day,segment,channel,count\n15.71,2026-11-20,UMUM,KANTOR\n',
      'regencyCode,day,segment,channel,count\n',
    ]) {
      const e = await caught(commitImport(OP_KOTA_JAMBI, { kind: 'ikd', csv }, h, NOW));
      expect(e.status).toBe(422);
    }
    expect((await caught(commitImport(OP_KOTA_JAMBI, { kind: 'xlsx', csv: 'a' }, h, NOW))).status).toBe(422);
    expect((await caught(commitImport(OP_KOTA_JAMBI, { csv: 'a' }, h, NOW))).status).toBe(422);
    expect(await snapshot()).toEqual({ daily: 0, movements: 0, audit: 3, population: 3, nov: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('commits a fixed IKD file in one transaction: day replacements, month totals, one import audit', async () => {
    const csv = [
      'regencyCode,day,segment,channel,count',
      '15.71,2026-11-20,ASN_TNI_POLRI,KANTOR,40',
      '15.71,2026-11-20,GURU,JEMPUT_BOLA,25',
      '15.71,2026-11-21,UMUM,KANTOR,5',
      '15.71,2026-11-21,UMUM,KECAMATAN,12',
      '"15.71","2026-11-22","MAHASISWA","KANTOR","4"',
    ].join('\r\n');
    const result = await commitImport(OP_KOTA_JAMBI, { kind: 'ikd', csv }, h, NOW);
    expect(result).toMatchObject({ kind: 'ikd', rows: 5, changes: 3, regencies: 1, net: 86 });
    expect(await monthTotal('15.71', '2026-11')).toBe(86);
    expect(await count('ikd_daily')).toBe(5);
    const audits = await h.db.selectFrom('audit_log').select(['action', 'after_json']).orderBy('id').execute();
    expect(audits.slice(3).map((a) => a.action)).toEqual([
      'ikd.day.replace',
      'ikd.day.replace',
      'ikd.day.replace',
      'import.ikd',
    ]);
    expect(JSON.parse(audits.at(-1)!.after_json!)).toEqual({ kind: 'ikd', rows: 5, changes: 3, regencies: 1, net: 86 });
    // the same day again replaces it (not added): 20th now 10 instead of 65
    const again = await commitImport(
      OP_KOTA_JAMBI,
      { kind: 'ikd', csv: 'regencyCode,day,segment,channel,count\n15.71,2026-11-20,UMUM,KANTOR,10\n' },
      h,
      NOW,
    );
    expect(again).toMatchObject({ rows: 1, changes: 1, net: -55 });
    expect(await monthTotal('15.71', '2026-11')).toBe(31);
  });

  it('rejects a day whose total exceeds the wajib KTP valid that day', async () => {
    const p = await previewImport(
      ADMIN,
      { kind: 'ikd', csv: 'regencyCode,day,segment,channel,count\n15.01,2026-11-20,UMUM,KANTOR,100001\n' },
      h,
      NOW,
    );
    expect(p.accepted).toBe(0);
    expect(p.rejected).toEqual([
      {
        line: 2,
        reason: { id: expect.stringContaining('melebihi wajib KTP'), en: expect.stringContaining('exceeds') },
      },
    ]);
  });

  it('imports stock opname counts as ADJUSTMENTs to the counted figure; outside rows rejected', async () => {
    const header = 'regencyCode,countedOnHand,occurredOn,note';
    const outside = await previewImport(
      OP_KOTA_JAMBI,
      {
        kind: 'opname',
        csv: `${header}\n15.71,120,2026-11-22,opname\n15.01,50,2026-11-22,opname\n15.71,1,2026-11-22,x\n`,
      },
      h,
      NOW,
    );
    expect(outside.accepted).toBe(1);
    expect(outside.rejected.map((r) => [r.line, r.reason.en])).toEqual([
      [3, expect.stringContaining('outside your scope')],
      [4, 'Duplicate of line 2.'],
    ]);
    const res = await commitImport(
      ADMIN,
      { kind: 'opname', csv: `${header}\n15.71,120,2026-11-22,"opname, akhir bulan"\n15.01,50,2026-11-22,opname\n` },
      h,
      NOW,
    );
    expect(res).toMatchObject({ kind: 'opname', rows: 2, changes: 2, regencies: 2, net: 170 });
    const balances = await h.db
      .selectFrom('stock_balances')
      .select(['location_code', 'on_hand'])
      .where('location_code', 'in', ['15.71', '15.01'])
      .orderBy('location_code')
      .execute();
    expect(balances.map((b) => [b.location_code, Number(b.on_hand)])).toEqual([
      ['15.01', 50],
      ['15.71', 120],
    ]);
    const again = await commitImport(
      OP_KOTA_JAMBI,
      { kind: 'opname', csv: `${header}\n15.71,100,2026-11-23,recount\n` },
      h,
      NOW,
    );
    expect(again).toMatchObject({ net: -20 });
    const moves = await h.db.selectFrom('stock_movements').select(['type', 'delta', 'note']).orderBy('id').execute();
    expect(moves.map((m) => [m.type, Number(m.delta), m.note])).toEqual([
      ['ADJUSTMENT', 120, 'opname, akhir bulan'],
      ['ADJUSTMENT', 50, 'opname'],
      ['ADJUSTMENT', -20, 'recount'],
    ]);
  });

  it('imports wajib KTP figures; bad numbers and dates are rejected rows', async () => {
    const header = 'regencyCode,wajibKtp,validFrom';
    const p = await previewImport(
      OP_KOTA_JAMBI,
      {
        kind: 'wajib',
        csv: `${header}\n15.71,410000,2026-01-01\n15.71,0,2026-02-01\n15.71,5,2026-02-30\n99.99,5,2026-01-01\n`,
      },
      h,
      NOW,
    );
    expect(p.accepted).toBe(1);
    expect(p.rejected.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(p.rejected[2].reason.en).toBe('Unknown regency code "99.99".');
    const before = await count('ikd_population');
    expect(
      await commitImport(OP_KOTA_JAMBI, { kind: 'wajib', csv: `${header}\n15.71,410000,2026-01-01\n` }, h, NOW),
    ).toMatchObject({
      rows: 1,
      changes: 1,
    });
    expect(await count('ikd_population')).toBe(before + 1);
  });

  /** The reasons of the rejected rows of a file the admin previews. */
  const reasonsOf = async (importKind: ImportKind, csv: string) =>
    (await previewImport(ADMIN, { kind: importKind, csv }, h, NOW)).rejected.map((r) => r.reason);

  it('a bad cell is refused with the message the API gives the same value in a single write', async () => {
    type Case = { kind: ImportKind; csv: string; schema: z.ZodType; body: object; field: string; en: string };
    const ikd = (cell: string, count: unknown, en: string): Case => ({
      kind: 'ikd',
      csv: `regencyCode,day,segment,channel,count\n15.71,2026-11-20,UMUM,KANTOR,${cell}`,
      schema: dayCountsBody,
      body: { counts: [{ segment: 'UMUM', channel: 'KANTOR', count }] },
      field: 'counts.0.count',
      en,
    });
    const opname = (field: 'countedOnHand' | 'note', cell: string, value: unknown, en: string): Case => {
      const cells = { countedOnHand: '5', note: 'x', [field]: cell };
      return {
        kind: 'opname',
        csv: `regencyCode,countedOnHand,occurredOn,note\n15.71,${cells.countedOnHand},2026-11-20,${cells.note}`,
        schema: movementBody,
        body: { type: 'ADJUSTMENT', countedOnHand: 5, occurredOn: '2026-11-20', note: 'x', [field]: value },
        field,
        en,
      };
    };
    const wajib = (cell: string, value: unknown, en: string): Case => ({
      kind: 'wajib',
      csv: `regencyCode,wajibKtp,validFrom\n15.71,${cell},2026-01-01`,
      schema: populationBody,
      body: { wajibKtp: value, validFrom: '2026-01-01' },
      field: 'wajibKtp',
      en,
    });
    for (const c of [
      ikd('-1', -1, 'Count may not be negative.'),
      ikd('1.5', 1.5, 'Count must be a whole number.'),
      ikd('', undefined, 'Count must be a number.'),
      ikd('2.000', '2.000', 'Count must be a number.'), // two thousand as Indonesians write it, not 2
      opname('countedOnHand', '-1', -1, 'The count cannot be negative.'),
      opname('countedOnHand', '', undefined, 'Enter the counted quantity.'),
      opname('countedOnHand', '1000001', 1_000_001, 'The count must be at most 1,000,000.'),
      opname('note', 'n'.repeat(501), 'n'.repeat(501), 'At most 500 characters.'),
      opname('note', '', undefined, 'A reason for the adjustment is required.'),
      wajib('0', 0, 'Wajib KTP must be more than 0.'),
      wajib('12abc', '12abc', 'Wajib KTP must be a number.'),
    ]) {
      const api = (await caught(readBody(c.body, c.schema))).fields?.[c.field];
      expect([c.csv, await reasonsOf(c.kind, c.csv)]).toEqual([c.csv, [api]]);
      expect([c.csv, api?.en]).toEqual([c.csv, c.en]);
    }
  });

  it('a date or a code the import reads more freely than the API is named as it was read', async () => {
    const IKD = 'regencyCode,day,segment,channel,count';
    expect(await reasonsOf('ikd', `${IKD}\n15.71,30/11/1926,UMUM,KANTOR,1\n15.71,2026-11-20,UMUM,bus,1\n`)).toEqual([
      { id: 'Tanggal 1926-11-30 di luar tahun 2000–2100.', en: '1926-11-30 is outside the years 2000–2100.' },
      {
        id: 'Kanal "bus" tidak dikenal (KANTOR, KECAMATAN, JEMPUT_BOLA).',
        en: 'Unknown channel "bus" (KANTOR, KECAMATAN, JEMPUT_BOLA).',
      },
    ]);
    expect(await reasonsOf('opname', 'regencyCode,countedOnHand,occurredOn,note\n15.71,5,31/02/2026,x\n')).toEqual([
      {
        id: 'Tanggal "2026-02-31" harus berformat DD/MM/YYYY atau YYYY-MM-DD.',
        en: 'Date "2026-02-31" must be DD/MM/YYYY or YYYY-MM-DD.',
      },
    ]);
  });

  it('403 for kiosks and for roles without the write permission of the kind', async () => {
    const before = await snapshot();
    expect((await caught(previewImport(KIOSK_KOTA_JAMBI, { kind: 'ikd', csv: 'x' }, h, NOW))).status).toBe(403);
    expect((await caught(commitImport(KIOSK_KOTA_JAMBI, {}, h, NOW))).status).toBe(403);
    // SPEC §2: heads do not write IKD day counts or regency ledgers themselves
    expect((await caught(commitImport(KADIS_JAMBI, { kind: 'opname', csv: 'x' }, h, NOW))).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('imports 10,000 IKD rows in one transaction (time printed)', async () => {
    const rows = ['regencyCode,day,segment,channel,count'];
    const segs = ['ASN_TNI_POLRI', 'GURU', 'MAHASISWA', 'UMUM'];
    const chans = ['KANTOR', 'KECAMATAN', 'JEMPUT_BOLA'];
    let sum = 0;
    outer: for (const code of ['15.01', '16.71']) {
      for (let d = 0; d < 417; d++) {
        const day = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
        for (const s of segs)
          for (const c of chans) {
            if (rows.length > 10_000) break outer;
            const n = (d % 7) + 1;
            sum += n;
            rows.push(`${code},${day},${s},${c},${n}`);
          }
      }
    }
    expect(rows.length).toBe(10_001);
    const started = performance.now();
    const res = await commitImport(ADMIN, { kind: 'ikd', csv: rows.join('\n') }, h, NOW);
    const ms = performance.now() - started;
    console.log(
      `[imports] ${kind}: 10,000 IKD rows (${res.changes} day replacements) imported in ${Math.round(ms)} ms`,
    );
    expect(res).toMatchObject({ rows: 10_000, net: sum });
    const total = await h.db
      .selectFrom('ikd_month_totals')
      .select((eb) => eb.fn.sum<number>('total').as('t'))
      .where('regency_code', 'in', ['15.01', '16.71'])
      .executeTakeFirstOrThrow();
    expect(Number(total.t)).toBe(sum);
  }, 120_000);
});
