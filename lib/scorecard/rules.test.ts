import { describe, expect, it } from 'vitest';
import { parsePeriod, periodOf, previousPeriod, rankRows, recentPeriods, regencyScores, sumScores } from './rules';

const parts = (p: Partial<Parameters<typeof regencyScores>[0]>) => ({
  activations: 0,
  wajibKtp: 0,
  targetPercent: 25,
  targetPersons: 0,
  days: 15,
  stockOkDays: 0,
  timelyDays: 0,
  ...p,
});

describe('periods', () => {
  it('are half months: 1–15 and 16 to the end of the month', () => {
    expect(parsePeriod('2023-01-H1')).toEqual({ id: '2023-01-H1', from: '2023-01-01', to: '2023-01-15' });
    expect(parsePeriod('2023-02-H2')).toEqual({ id: '2023-02-H2', from: '2023-02-16', to: '2023-02-28' });
    expect(parsePeriod('2024-02-H2')?.to).toBe('2024-02-29');
    expect(parsePeriod('2023-12-H2')?.to).toBe('2023-12-31');
    expect(parsePeriod('2023-13-H1')).toBeNull();
    expect(parsePeriod('2023-01-H3')).toBeNull();
  });
  it('step back across months and years', () => {
    expect(previousPeriod('2023-01-H1')).toBe('2022-12-H2');
    expect(previousPeriod('2023-01-H2')).toBe('2023-01-H1');
    expect(periodOf('2023-03-15')).toBe('2023-03-H1');
    expect(periodOf('2023-03-16')).toBe('2023-03-H2');
    expect(recentPeriods('2023-02-H1', 3)).toEqual(['2023-02-H1', '2023-01-H2', '2023-01-H1']);
  });
});

describe('scores (SPEC §15), computed by hand', () => {
  it('a regency: 0.4 × IKD + 0.3 × stock + 0.3 × timeliness', () => {
    // percent 12.5 of a 25 % target → 50; 12/15 days at minimum → 80; 9/15 days entered → 60
    const s = regencyScores(
      parts({ activations: 12_500, wajibKtp: 100_000, targetPersons: 25_000, stockOkDays: 12, timelyDays: 9 }),
    );
    expect(s).toEqual({ ikdScore: 50, stockScore: 80, timelinessScore: 60, score: 62 });
  });
  it('caps the IKD part at 100 and rounds the score to one decimal', () => {
    // 40 % of a 25 % target → 100; 2/15 → 13.33…; 1/15 → 6.66… ; 40 + 4 + 2 = 46
    expect(regencyScores(parts({ activations: 40, wajibKtp: 100, stockOkDays: 2, timelyDays: 1 }))).toEqual({
      ikdScore: 100,
      stockScore: 13.3,
      timelinessScore: 6.7,
      score: 46,
    });
    // 1/3 of target → 33.33…; 7/13 → 53.846…; 5/13 → 38.461…: 13.333 + 16.154 + 11.538 = 41.025 → 41
    expect(
      regencyScores(
        parts({ activations: 1, wajibKtp: 12, targetPercent: 25, days: 13, stockOkDays: 7, timelyDays: 5 }),
      ),
    ).toEqual({ ikdScore: 33.3, stockScore: 53.8, timelinessScore: 38.5, score: 41 });
  });
  it('a regency with no wajib KTP scores 0 on IKD', () => {
    expect(regencyScores(parts({ activations: 500, wajibKtp: 0, stockOkDays: 15, timelyDays: 15 }))).toEqual({
      ikdScore: 0,
      stockScore: 100,
      timelinessScore: 100,
      score: 60,
    });
  });
  it('a period with no entries and no stock scores 0', () => {
    expect(regencyScores(parts({ wajibKtp: 1000, targetPersons: 250 }))).toEqual({
      ikdScore: 0,
      stockScore: 0,
      timelinessScore: 0,
      score: 0,
    });
    expect(regencyScores(parts({ days: 0 })).score).toBe(0);
  });
  it('a province sums activations, target persons and regency-days (no average of percentages)', () => {
    const a = parts({ activations: 1000, wajibKtp: 10_000, targetPersons: 2500, stockOkDays: 15, timelyDays: 15 });
    const b = parts({ activations: 0, wajibKtp: 0, targetPersons: 0, stockOkDays: 0, timelyDays: 3 });
    // IKD 1000 / 2500 → 40; stock 15/30 → 50; timeliness 18/30 → 60: 16 + 15 + 18 = 49
    expect(sumScores([a, b])).toEqual({ ikdScore: 40, stockScore: 50, timelinessScore: 60, score: 49 });
    // the average of the regencies' scores would be (regency a 76, regency b 6) / 2 = 41
    expect(regencyScores(a).score).toBe(76);
    expect(sumScores([b]).score).toBe(6);
  });
});

describe('rank and change', () => {
  const s = (score: number) => ({ ikdScore: 0, stockScore: 0, timelinessScore: 0, score });
  it('ranks highest first, ties by region code, change = previous rank − rank', () => {
    const rows = rankRows(
      [
        { code: '15.02', name: 'B', scores: s(70) },
        { code: '15.01', name: 'A', scores: s(70) },
        { code: '15.71', name: 'C', scores: s(90) },
        { code: '15.72', name: 'D', scores: s(10) },
      ],
      [
        { code: '15.01', scores: s(10) },
        { code: '15.02', scores: s(50) },
        { code: '15.71', scores: s(50) },
      ],
    );
    expect(rows.map((r) => [r.code, r.rank, r.change])).toEqual([
      ['15.71', 1, 1], // was 2nd (tie with 15.02 broken by code: 15.02 first)
      ['15.01', 2, 1], // was 3rd
      ['15.02', 3, -2], // was 1st
      ['15.72', 4, null], // not ranked before
    ]);
  });
});
