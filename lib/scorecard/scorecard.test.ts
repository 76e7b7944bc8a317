import { describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { ADMIN, KADIS_JAMBI, KADIS_SUMSEL, LOKET_KOTA_JAMBI, OP_KOTA_JAMBI } from '@/tests/actors';
import { NOW, seedPublicFixture } from '@/tests/public-fixture';
import { ApiError } from '@/lib/api/errors';
import { getScorecard } from './queries';

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof ApiError ? e.code : String(e);
  }
};

describe.each(DB_KINDS)('scorecard on %s', (kind) => {
  const h = useFreshDb(kind, seedPublicFixture);

  it("ranks Jambi's regencies for 1–15 November with the hand-computed scores and changes", async () => {
    const s = await getScorecard(KADIS_JAMBI, { scope: '15', period: '2026-11-H1' }, h, NOW);
    expect(s).toMatchObject({ period: '2026-11-H1', from: '2026-11-01', to: '2026-11-15' });
    expect(s.rows).toHaveLength(11);
    // Kota Jambi: IKD 12,000 / 400,000 = 3 % of 30 % → 10; stock ≥ 2,000 on 1–5 Nov → 5/15;
    // entries on 2, 3 and 6 Nov → 3/15: 4 + 10 + 6 = 20. Before (16–31 Oct): IKD 6,000 → 5;
    // 3,000 from 20 Oct → 12/16 = 75; entries 20 and 25 Oct → 12.5: 2 + 22.5 + 3.75 = 28.3.
    expect(s.rows[1]).toEqual({
      code: '15.71',
      name: 'Kota Jambi',
      ikdScore: 10,
      stockScore: 33.3,
      timelinessScore: 20,
      score: 20,
      rank: 2,
      change: 0,
    });
    // Kerinci has no wajib KTP (IKD 0) and exactly its minimum every day: 0 + 30 + 0
    expect(s.rows[0]).toMatchObject({
      code: '15.01',
      ikdScore: 0,
      stockScore: 100,
      timelinessScore: 0,
      score: 30,
      rank: 1,
    });
    // the rest tie at 0, ranked by code; Muaro Jambi (one entered day before: 1.9, third) falls
    expect(s.rows.slice(2).map((r) => [r.code, r.score, r.rank, r.change])).toEqual([
      ['15.02', 0, 3, 1],
      ['15.03', 0, 4, 1],
      ['15.04', 0, 5, 1],
      ['15.05', 0, 6, -3],
      ['15.06', 0, 7, 0],
      ['15.07', 0, 8, 0],
      ['15.08', 0, 9, 0],
      ['15.09', 0, 10, 0],
      ['15.72', 0, 11, 0],
    ]);
  });

  it('reads an early period from the start of the history, with the same figures', async () => {
    // 16–31 Oct lies nearer the first movement (1 Oct) than today: balances counted forward
    const s = await getScorecard(KADIS_JAMBI, { scope: '15', period: '2026-10-H2' }, h, NOW);
    expect(s.rows.slice(0, 3).map((r) => [r.code, r.ikdScore, r.stockScore, r.timelinessScore, r.score])).toEqual([
      ['15.01', 0, 100, 0, 30],
      ['15.71', 5, 75, 12.5, 28.3],
      ['15.05', 0, 0, 6.3, 1.9],
    ]);
  });

  it('counts only the days lived so far of the current half month', async () => {
    // 16–20 Nov: 2,500 on 18–20 Nov → 3/5; an entry on 18 Nov → 1/5; IKD 12,500 → 10.4:
    // 4.17 + 18 + 6 = 28.2
    const s = await getScorecard(ADMIN, { scope: '15', period: '2026-11-H2' }, h, NOW);
    expect(s.rows.find((r) => r.code === '15.71')).toMatchObject({
      ikdScore: 10.4,
      stockScore: 60,
      timelinessScore: 20,
      score: 28.2,
      rank: 2, // Kerinci's 30 stays ahead
    });
  });

  it('sums a province row from its regencies (the nation ranks provinces)', async () => {
    const s = await getScorecard(KADIS_SUMSEL, { scope: 'national', period: '2026-11-H1' }, h, NOW);
    expect(s.rows).toHaveLength(38);
    // IKD 12,000 / 120,000 target persons → 10; stock (5 + 15) / (11 × 15) → 12.1;
    // timeliness 3 / 165 → 1.8: 4 + 3.64 + 0.55 = 8.2
    expect(s.rows[0]).toEqual({
      code: '15',
      name: 'Jambi',
      ikdScore: 10,
      stockScore: 12.1,
      timelinessScore: 1.8,
      score: 8.2,
      rank: 1,
      change: 0,
    });
    expect(s.rows.slice(1, 4).map((r) => [r.code, r.score, r.rank])).toEqual([
      ['11', 0, 2],
      ['12', 0, 3],
      ['13', 0, 4],
    ]);
  });

  it('scores a period with no entries at all as 0 and ranks by code', async () => {
    const s = await getScorecard(ADMIN, { scope: '15', period: '2021-01-H1' }, h, NOW);
    expect(s.rows.map((r) => r.score)).toEqual(Array(11).fill(0));
    expect(s.rows.map((r) => r.code).slice(0, 3)).toEqual(['15.01', '15.02', '15.03']);
  });

  it('shows an officer only their own row, ranked among the whole province; refuses others', async () => {
    const s = await getScorecard(OP_KOTA_JAMBI, { scope: '15', period: '2026-11-H1' }, h, NOW);
    expect(s.rows.map((r) => [r.code, r.rank])).toEqual([['15.71', 2]]);
    expect(await codeOf(getScorecard(OP_KOTA_JAMBI, { scope: '16', period: '2026-11-H1' }, h, NOW))).toBe('FORBIDDEN');
    expect(await codeOf(getScorecard(KADIS_SUMSEL, { scope: '15', period: '2026-11-H1' }, h, NOW))).toBe('FORBIDDEN');
    expect(await codeOf(getScorecard(LOKET_KOTA_JAMBI, { scope: 'national', period: '2026-11-H1' }, h, NOW))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(getScorecard(ADMIN, { scope: '99', period: '2026-11-H1' }, h, NOW))).toBe('NOT_FOUND');
    expect(await codeOf(getScorecard(ADMIN, { scope: '15', period: '2026-12-H1' }, h, NOW))).toBe('VALIDATION');
  });
});
