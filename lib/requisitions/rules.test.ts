import { describe, expect, it } from 'vitest';
import {
  computeLines,
  daysWaiting,
  fillRate,
  projectedUse,
  requestedOf,
  requisitionPeriod,
  requisitionTotal,
  splitCohort,
  stateAfterReceipts,
  transition,
} from './rules';

describe('requisition figures (SPEC §17)', () => {
  it('covers the next whole calendar months', () => {
    expect(requisitionPeriod('2022-12-27', 3)).toEqual({ from: '2023-01-01', to: '2023-03-31', days: 90 });
    expect(requisitionPeriod('2023-11-15', 3)).toEqual({ from: '2023-12-01', to: '2024-02-29', days: 91 });
    expect(requisitionPeriod('2023-01-31', 12)).toEqual({ from: '2023-02-01', to: '2024-01-31', days: 365 });
  });

  it('projects use as ceil(avgDailyUse × days)', () => {
    expect(projectedUse(1000, 90)).toBe(3000);
    expect(projectedUse(7, 31)).toBe(8); // 7/30 × 31 = 7.23 → 8
    expect(projectedUse(30, 31)).toBe(31);
    expect(projectedUse(0, 90)).toBe(0);
  });

  it('gives a regency with no use nothing beyond its minimum', () => {
    expect(requestedOf({ projectedUse: 0, cohort: 0, minimum: 2000, onHand: 2500 })).toBe(0);
    expect(requestedOf({ projectedUse: 0, cohort: 0, minimum: 2000, onHand: 500 })).toBe(1500);
    const [line] = computeLines(
      [{ code: '15.01', onHand: 800, minimum: 2000, used30: 0, wajibKtp: 100 }],
      90,
      undefined,
    );
    expect(line).toMatchObject({ avgDailyUse: 0, projectedUse: 0, cohort: 0, requested: 1200 });
  });

  it('splits a cohort that does not divide evenly by largest remainder, ties by code', () => {
    const three = [
      { code: '15.03', wajibKtp: 1 },
      { code: '15.01', wajibKtp: 1 },
      { code: '15.02', wajibKtp: 1 },
    ];
    expect(Object.fromEntries(splitCohort(100, three))).toEqual({ '15.01': 34, '15.02': 33, '15.03': 33 });
    // 7 × (5, 3, 2)/10 = 3.5, 2.1, 1.4 → 3, 2, 1 and the last card to the largest remainder
    const shares = [
      { code: '15.01', wajibKtp: 5 },
      { code: '15.02', wajibKtp: 3 },
      { code: '15.03', wajibKtp: 2 },
    ];
    expect(Object.fromEntries(splitCohort(7, shares))).toEqual({ '15.01': 4, '15.02': 2, '15.03': 1 });
    expect([...splitCohort(68_000, shares).values()].reduce((a, b) => a + b, 0)).toBe(68_000);
    // no wajib KTP anywhere: equal shares
    expect(
      Object.fromEntries(
        splitCohort(
          5,
          three.map((r) => ({ ...r, wajibKtp: 0 })),
        ),
      ),
    ).toEqual({
      '15.01': 2,
      '15.02': 2,
      '15.03': 1,
    });
  });

  it('computes a constructed province exactly', () => {
    const lines = computeLines(
      [
        { code: '15.01', onHand: 1500, minimum: 2000, used30: 3000, wajibKtp: 300_000 }, // 100/day
        { code: '15.02', onHand: 9000, minimum: 2000, used30: 0, wajibKtp: 100_000 }, // no use
        { code: '15.71', onHand: 0, minimum: 2500, used30: 455, wajibKtp: 200_000 }, // 15.17/day
      ],
      90,
      { total: 6_800 },
    );
    expect(lines.map((l) => [l.code, l.projectedUse, l.cohort, l.requested])).toEqual([
      ['15.01', 9000, 3400, 12_900], // 9,000 + 3,400 + 2,000 − 1,500
      ['15.02', 0, 1133, 0], // 0 + 1,133 + 2,000 − 9,000 < 0
      ['15.71', 1365, 2267, 6132], // 455 × 3 = 1,365; 6,800/3 = 2,266.67 → 2,267
    ]);
    expect(
      requisitionTotal(
        lines.map((l) => l.requested),
        4_000,
      ),
    ).toBe(15_032);
    // a cohort per regency
    const per = computeLines([{ code: '15.01', onHand: 0, minimum: 2000, used30: 0, wajibKtp: 1 }], 90, {
      byRegency: { '15.01': 250 },
    });
    expect(per[0].requested).toBe(2250);
  });

  it('is nothing to ask when the warehouse covers everything', () => {
    expect(requisitionTotal([1000, 2000], 5000)).toBe(0);
    expect(requisitionTotal([1000, 2000], 3000)).toBe(0);
    expect(requisitionTotal([1000, 2000], 2999)).toBe(1);
  });
});

describe('requisition states', () => {
  it('moves DRAFT → SUBMITTED and cancels only from DRAFT or SUBMITTED', () => {
    expect(transition('DRAFT', 'submit')).toBe('SUBMITTED');
    expect(transition('SUBMITTED', 'submit')).toBeNull();
    expect(transition('DRAFT', 'cancel')).toBe('CANCELLED');
    expect(transition('SUBMITTED', 'cancel')).toBe('CANCELLED');
    expect(transition('PARTIALLY_FILLED', 'cancel')).toBeNull();
    expect(transition('FILLED', 'cancel')).toBeNull();
    expect(transition('CANCELLED', 'submit')).toBeNull();
  });

  it('follows the receipts', () => {
    expect(stateAfterReceipts(50_000, 0)).toBe('SUBMITTED');
    expect(stateAfterReceipts(50_000, 20_000)).toBe('PARTIALLY_FILLED');
    expect(stateAfterReceipts(50_000, 50_000)).toBe('FILLED');
    expect(stateAfterReceipts(50_000, 60_000)).toBe('FILLED');
    expect(fillRate(20_000, 50_000)).toBe(0.4);
    expect(fillRate(0, 0)).toBeNull();
  });

  it('counts days waiting from submission to filling or today', () => {
    expect(daysWaiting('PARTIALLY_FILLED', '2022-12-28', null, '2023-01-05')).toBe(8);
    expect(daysWaiting('FILLED', '2022-12-28', '2023-01-10', '2023-03-01')).toBe(13);
    expect(daysWaiting('DRAFT', null, null, '2023-01-05')).toBeNull();
  });
});
