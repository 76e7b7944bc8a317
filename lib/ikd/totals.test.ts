import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { baseWithWajibKtp, grid } from '@/tests/ikd';
import { openDb, type DbHandle } from '@/lib/db';
import { getOverview } from '@/lib/overview/queries';
import { getIkdRanking, getIkdRegency } from './queries';
import { SERIES_MONTHS } from './figures';
import { replaceIkdDay } from './writes';
import { ADMIN, KADIS_JAMBI } from '@/tests/actors';

/** Issue 7: the all-time totals kept by the triggers of migration 0006 stay equal to the raw
 *  rows whatever writes them, and the cached IKD answers change after every write. */

/** 12:00 WIB on Monday 23 November 2026 */
const NOW = new Date('2026-11-23T05:00:00Z');

describe.each(DB_KINDS)('IKD all-time totals and cached answers (%s)', (kind) => {
  const h = useFreshDb(
    kind,
    baseWithWajibKtp(NOW, { '15.71': 100_000, '15.01': 100_000, '16.71': 100_000 }, '2000-01-01'),
  );
  let other: DbHandle; // a second app instance on the same database
  beforeAll(async () => {
    other = await openDb(h.url);
  });
  afterAll(async () => other?.close());

  /** The triggers' totals, and the same sums computed from the raw rows. */
  async function totals() {
    const regency = await h.db.selectFrom('ikd_regency_totals').select(['regency_code', 'total']).execute();
    const rawRegency = await h.db
      .selectFrom('ikd_month_totals')
      .select((eb) => ['regency_code', eb.fn.sum<number>('total').as('total')])
      .groupBy('regency_code')
      .execute();
    const cells = await h.db
      .selectFrom('ikd_breakdown_totals')
      .select(['regency_code', 'segment', 'channel', 'total'])
      .execute();
    const rawCells = await h.db
      .selectFrom('ikd_daily')
      .select((eb) => ['regency_code', 'segment', 'channel', eb.fn.sum<number>('count').as('total')])
      .groupBy(['regency_code', 'segment', 'channel'])
      .execute();
    const map = (rows: { total: unknown }[], key: (r: never) => string) =>
      Object.fromEntries(
        rows.filter((r) => Number(r.total) !== 0).map((r) => [key(r as never), Number(r.total)] as const),
      );
    const byRegency = (r: { regency_code: string }) => r.regency_code;
    const byCell = (r: { regency_code: string; segment: string; channel: string }) =>
      `${r.regency_code}|${r.segment}|${r.channel}`;
    return {
      regency: map(regency, byRegency),
      rawRegency: map(rawRegency, byRegency),
      cells: map(cells, byCell),
      rawCells: map(rawCells, byCell),
    };
  }

  it('keeps the totals equal to the raw rows through the IKD writes', async () => {
    await replaceIkdDay(ADMIN, '15.71', '2026-11-20', grid(['UMUM', 'KANTOR', 30], ['GURU', 'KECAMATAN', 5]), h, NOW);
    await replaceIkdDay(ADMIN, '15.71', '2026-10-02', grid(['UMUM', 'KANTOR', 7]), h, NOW);
    await replaceIkdDay(ADMIN, '16.71', '2026-11-21', grid(['ASN_TNI_POLRI', 'JEMPUT_BOLA', 12]), h, NOW);
    // replacing a day subtracts what it held
    await replaceIkdDay(ADMIN, '15.71', '2026-11-20', grid(['UMUM', 'KANTOR', 10]), h, NOW);
    const t = await totals();
    expect(t.regency).toEqual({ '15.71': 17, '16.71': 12 });
    expect(t.cells).toEqual({ '15.71|UMUM|KANTOR': 17, '16.71|ASN_TNI_POLRI|JEMPUT_BOLA': 12 });
    expect(t.regency).toEqual(t.rawRegency);
    expect(t.cells).toEqual(t.rawCells);
    // a day replaced by nothing
    await replaceIkdDay(ADMIN, '16.71', '2026-11-21', grid(), h, NOW);
    const u = await totals();
    expect(u.regency).toEqual({ '15.71': 17 });
    expect(u.cells).toEqual({ '15.71|UMUM|KANTOR': 17 });
  });

  it('keeps them through bulk statements of any writer (as the seeds and imports write)', async () => {
    // many rows in one statement, as the national seed and the 10× history copy write them
    await sql`INSERT INTO ikd_daily (regency_code, day, segment, channel, count)
      SELECT regency_code, '2025-' || substr(day, 6), segment, channel, count * 2 FROM ikd_daily`.execute(h.db);
    await sql`INSERT INTO ikd_month_totals (regency_code, month, total)
      SELECT regency_code, '2025-' || substr(month, 6), total * 2 FROM ikd_month_totals`.execute(h.db);
    let t = await totals();
    expect(t.regency).toEqual({ '15.71': 51 });
    expect(t.cells).toEqual({ '15.71|UMUM|KANTOR': 51 });
    expect(t.regency).toEqual(t.rawRegency);
    expect(t.cells).toEqual(t.rawCells);
    // an update that moves rows between keys, and a delete, through another connection
    await other.db.updateTable('ikd_daily').set({ channel: 'KECAMATAN' }).where('day', 'like', '2025-%').execute();
    await other.db
      .updateTable('ikd_month_totals')
      .set({ regency_code: '15.01' })
      .where('month', '=', '2025-10')
      .execute();
    t = await totals();
    expect(t.regency).toEqual({ '15.71': 37, '15.01': 14 });
    expect(t.cells).toEqual({ '15.71|UMUM|KANTOR': 17, '15.71|UMUM|KECAMATAN': 34 });
    expect(t.regency).toEqual(t.rawRegency);
    expect(t.cells).toEqual(t.rawCells);
    await other.db.deleteFrom('ikd_daily').where('day', 'like', '2025-%').execute();
    await other.db.deleteFrom('ikd_month_totals').where('month', 'like', '2025-%').execute();
    t = await totals();
    expect(t.regency).toEqual({ '15.71': 17 });
    expect(t.cells).toEqual(t.rawCells);
  });

  it('changes the cached ranking, regency page and overview after a write, from either instance', async () => {
    const before = await getIkdRanking(ADMIN, { province: '15' }, h, NOW);
    expect(before.total.activations).toBe(17);
    expect((await getIkdRanking(ADMIN, { province: 'national' }, h, NOW)).total.activations).toBe(17);
    const page = await getIkdRegency(ADMIN, '15.71', {}, h, NOW);
    expect(page.figures.activations).toBe(17);
    expect(page.breakdown.bySegment.find((s) => s.segment === 'UMUM')?.activations).toBe(17);
    // the same answer again (from the cache)
    expect(await getIkdRegency(ADMIN, '15.71', {}, h, NOW)).toEqual(page);

    // a write through this instance
    await replaceIkdDay(ADMIN, '15.71', '2026-11-22', grid(['GURU', 'JEMPUT_BOLA', 4]), h, NOW);
    expect((await getIkdRanking(ADMIN, { province: '15' }, h, NOW)).total.activations).toBe(21);
    expect((await getIkdRanking(ADMIN, { province: 'national' }, h, NOW)).total.activations).toBe(21);
    const after = await getIkdRegency(ADMIN, '15.71', {}, h, NOW);
    expect(after.figures.activations).toBe(21);
    expect(after.breakdown.bySegment.find((s) => s.segment === 'GURU')?.activations).toBe(4);
    expect(after.breakdown.byChannel.find((c) => c.channel === 'JEMPUT_BOLA')?.activations).toBe(4);
    expect((await getOverview(ADMIN, { scope: '15' }, h, NOW)).ikd.activations).toBe(21);

    // a write committed by another instance on the same database
    await replaceIkdDay(ADMIN, '15.01', '2026-11-23', grid(['UMUM', 'KANTOR', 9]), other, NOW);
    const ranking = await getIkdRanking(ADMIN, { province: '15' }, h, NOW);
    expect(ranking.total.activations).toBe(30);
    expect(ranking.rows.find((r) => r.code === '15.01')?.activations).toBe(9);
    expect((await getIkdRegency(ADMIN, '15.01', {}, h, NOW)).breakdown.bySegment[3]).toEqual({
      segment: 'UMUM',
      activations: 9,
    });
    expect((await getOverview(ADMIN, { scope: 'national' }, h, NOW)).ikd.activations).toBe(30);
    // the cached answer is filtered per caller: a head sees its own province only
    const national = await getIkdRanking(ADMIN, { province: 'national' }, h, NOW);
    expect(national.rows.length).toBe(38);
    const head = await getIkdRanking(KADIS_JAMBI, { province: '15' }, h, NOW);
    expect(head.rows.map((r) => r.code)).toEqual(ranking.rows.map((r) => r.code));
  });

  it('counts a past day from the all-time totals minus the days after it', async () => {
    // as of 2026-10-31: only the 7 of 2 October
    const past = await getIkdRegency(ADMIN, '15.71', { asOf: '2026-10-31' }, h, NOW);
    expect(past.figures.activations).toBe(7);
    expect(past.breakdown.bySegment.find((s) => s.segment === 'UMUM')?.activations).toBe(7);
    expect(past.breakdown.bySegment.find((s) => s.segment === 'GURU')?.activations).toBe(0);
    expect(past.series.monthly.at(-1)).toMatchObject({ month: '2026-10', activations: 7 });
    const ranking = await getIkdRanking(ADMIN, { province: '15', asOf: '2026-10-31' }, h, NOW);
    expect(ranking.total.activations).toBe(7);
  });

  it(`shows the last ${SERIES_MONTHS} months, counting everything before them in the first`, async () => {
    // one activation a month at 16.71 for ten years before November 2026 (120 months)
    const rows = Array.from({ length: 120 }, (_, i) => {
      const m = 2016 * 12 + 10 + i; // November 2016 … October 2026
      return {
        regency_code: '16.71',
        month: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
        total: 1,
      };
    });
    await h.db.insertInto('ikd_month_totals').values(rows).execute();
    const r = await getIkdRanking(ADMIN, { province: '16' }, h, NOW);
    const series = r.series.monthly;
    expect(series.length).toBe(SERIES_MONTHS);
    expect(series[0]).toMatchObject({ month: '2021-12', activations: 62 }); // the 61 months before it, and its own
    expect(series.at(-2)).toMatchObject({ month: '2026-10', activations: 120 });
    expect(series.at(-1)).toMatchObject({ month: '2026-11', activations: 120 });
    expect(r.total.activations).toBe(120);
  });
});
