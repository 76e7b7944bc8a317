import { describe, expect, it } from 'vitest';
import { dailyAxisMax, daysLeftInYear, effectiveTarget, ikdProgress, targetKeyMap, targetPersons } from './rules';

describe('IKD formulas (SPEC §5)', () => {
  it('target persons is the ceiling of target % × wajib KTP', () => {
    expect(targetPersons(30, 532_012)).toBe(159_604);
    expect(targetPersons(25, 532_012)).toBe(133_003);
    expect(targetPersons(25, 400)).toBe(100);
  });

  it('counts today and 31 December in the days left', () => {
    expect(daysLeftInYear('2026-12-31')).toBe(1);
    expect(daysLeftInYear('2026-12-30')).toBe(2);
    expect(daysLeftInYear('2026-11-23')).toBe(39);
    expect(daysLeftInYear('2024-01-01')).toBe(366);
  });

  it.each([
    {
      name: 'computes pace, required pace, projection and status',
      input: { activations: 10_000, wajibKtp: 100_000, targetPersons: 30_000, activationsLast30: 9_000 },
      today: '2026-11-23',
      expected: {
        percent: 10,
        gapPersons: 20_000,
        pace30: 300,
        requiredDailyPace: expect.closeTo(20_000 / 39, 10),
        projectedTargetDate: '2027-01-29', // ceil(20000/300) = 67 days
        status: 'BEHIND',
      },
    },
    {
      name: 'is ACHIEVED at gap 0, shows percentages above 100, and has no projection at pace 0',
      input: { activations: 1_200, wajibKtp: 1_000, targetPersons: 300, activationsLast30: 0 },
      today: '2026-06-01',
      expected: { percent: 120, gapPersons: 0, status: 'ACHIEVED', projectedTargetDate: null },
    },
    {
      name: 'is ON_TRACK when the 30-day pace meets the required pace',
      input: { activations: 0, wajibKtp: 1_000, targetPersons: 39, activationsLast30: 30 },
      today: '2026-11-23',
      expected: { requiredDailyPace: 1, pace30: 1, status: 'ON_TRACK' },
    },
  ])('$name', ({ input, today, expected }) => {
    expect(ikdProgress({ ...input, today })).toMatchObject(expected);
  });

  it('resolves the effective target regency → province → national → default', () => {
    const t = targetKeyMap([
      { scopeCode: 'national', year: 2026, percent: 30 },
      { scopeCode: '16', year: 2026, percent: 35 },
      { scopeCode: '16.71', year: 2026, percent: 40 },
    ]);
    expect(effectiveTarget(t, '16.71', 2026)).toBe(40);
    expect(effectiveTarget(t, '16.02', 2026)).toBe(35);
    expect(effectiveTarget(t, '15.71', 2026)).toBe(30);
    expect(effectiveTarget(t, '15.71', 2023)).toBe(25);
    expect(effectiveTarget(t, '15.71', 2027)).toBe(30);
  });
});

describe('daily chart axis', () => {
  it('reaches the required pace when it is above every day (1,427/day against days of at most 220)', () => {
    expect(dailyAxisMax([120, 220, 80], 1427.3)).toBe(1571);
    expect(dailyAxisMax([120, 220, 80], 50)).toBe(242);
    expect(dailyAxisMax([], 0)).toBe(1);
  });
});
