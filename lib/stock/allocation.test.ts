import { describe, expect, it } from 'vitest';
import { largestRemainder, planAllocation, proposeRebalancing, type AllocationInput } from './allocation';

const reg = (code: string, onHand: number, avgDailyUse = 0, wajibKtp = 0, minimum = 2000): AllocationInput => ({
  code,
  onHand,
  minimum,
  avgDailyUse,
  wajibKtp,
});
const qty = (lines: { regencyCode: string; quantity: number }[]) =>
  Object.fromEntries(lines.map((l) => [l.regencyCode, l.quantity]));

describe('planAllocation (SPEC §4)', () => {
  it('Q below the total deficit: split in proportion to the deficits, leftover card by largest remainder', () => {
    // deficits 1,500 / 2,000 / 1,000 / 0 of 4,500 → 333.3 / 444.4 / 222.2 / 0
    const lines = planAllocation(1000, [
      reg('15.01', 500, 10),
      reg('15.02', 0, 10),
      reg('15.03', 1000),
      reg('15.04', 3000, 5),
    ]);
    expect(qty(lines)).toEqual({ '15.01': 333, '15.02': 445, '15.03': 222, '15.04': 0 });
    expect(lines[0]).toEqual({ regencyCode: '15.01', quantity: 333, onHandAfter: 833, daysOfCoverAfter: 83.3 });
    expect(lines[2].daysOfCoverAfter).toBeNull();
  });

  it('Q equal to the deficit fills every deficit exactly', () => {
    expect(qty(planAllocation(3500, [reg('15.01', 500, 10), reg('15.02', 0, 10), reg('15.03', 2600, 10)]))).toEqual({
      '15.01': 1500,
      '15.02': 2000,
      '15.03': 0,
    });
  });

  it('ties of the fractional part go to the lower region code', () => {
    // three equal deficits, 2 cards: 0.67 each → 15.01 and 15.02 get one
    expect(qty(planAllocation(2, [reg('15.03', 1900), reg('15.01', 1900), reg('15.02', 1900)]))).toEqual({
      '15.03': 0,
      '15.01': 1,
      '15.02': 1,
    });
  });

  it('Q above the deficit: deficits filled, the rest by water filling; zero-use regencies get none of it', () => {
    // A: 1,000 on hand (deficit 1,000), 100/day → 20 days after filling; B: 3,000, 50/day → 60 days;
    // C: no use. R = 5,500: level L with (100 L − 2,000) + (50 L − 3,000) = 5,500 → L = 70.
    const lines = planAllocation(6500, [
      reg('15.01', 1000, 100),
      reg('15.02', 3000, 50),
      reg('15.03', 2500, 0, 500_000),
    ]);
    expect(lines).toEqual([
      { regencyCode: '15.01', quantity: 6000, onHandAfter: 7000, daysOfCoverAfter: 70 },
      { regencyCode: '15.02', quantity: 500, onHandAfter: 3500, daysOfCoverAfter: 70 },
      { regencyCode: '15.03', quantity: 0, onHandAfter: 2500, daysOfCoverAfter: null },
    ]);
    // R = 5,501: L = 70.0067 → 5,000.67 and 500.33 → the odd card goes to A
    expect(qty(planAllocation(6501, [reg('15.01', 1000, 100), reg('15.02', 3000, 50), reg('15.03', 2500, 0)]))).toEqual(
      {
        '15.01': 6001,
        '15.02': 500,
        '15.03': 0,
      },
    );
  });

  it('water filling raises only the lowest while the level stays below the next cover', () => {
    // A fills to 40 days (R = 2,000 → 100 L − 2,000 = 2,000); B already has 60 days and gets none
    expect(qty(planAllocation(3000, [reg('15.01', 1000, 100), reg('15.02', 3000, 50)]))).toEqual({
      '15.01': 3000,
      '15.02': 0,
    });
  });

  it('no regency has use: the rest follows wajib KTP', () => {
    // deficit 2,000 at A; R = 1,001 split 1:3:1 → 200.2 / 600.6 / 200.2 → B gets the odd card
    const lines = planAllocation(3001, [
      reg('15.01', 0, 0, 100_000),
      reg('15.02', 2000, 0, 300_000),
      reg('15.03', 5000, 0, 100_000),
    ]);
    expect(qty(lines)).toEqual({ '15.01': 2200, '15.02': 601, '15.03': 200 });
  });

  it('the lines always add up to exactly Q', () => {
    const regs = [
      reg('15.01', 123, 7.3, 1),
      reg('15.02', 4567, 33.1, 9),
      reg('15.03', 0, 0, 5),
      reg('15.04', 1999, 0.4, 3),
    ];
    for (const q of [0, 1, 7, 999, 1877, 1878, 20_000, 123_457]) {
      const lines = planAllocation(q, regs);
      expect(lines.reduce((s, l) => s + l.quantity, 0)).toBe(q);
      expect(lines.every((l) => Number.isInteger(l.quantity) && l.quantity >= 0)).toBe(true);
    }
  });

  it('largestRemainder hands out leftovers by fraction then code', () => {
    expect(largestRemainder(10, [3.5, 3.5, 3], ['b', 'a', 'c'])).toEqual([3, 4, 3]);
  });
});

describe('proposeRebalancing (SPEC §4)', () => {
  it('lends from the regency with the most to spare to the emptiest first', () => {
    const r = (code: string, onHand: number, avgDailyUse: number) => ({ code, onHand, minimum: 2000, avgDailyUse });
    const out = proposeRebalancing([
      r('15.01', 10_000, 50), // surplus: 200 days; may lend 10,000 − max(4,000, 3,000) = 6,000
      r('15.02', 500, 20), // short by 1,500
      r('15.03', 0, 20), // short by 2,000 (emptiest)
      r('15.04', 5000, 100), // 50 days: not a surplus
      r('15.05', 4500, 0), // surplus without use: may lend 500
    ]);
    expect(out.surplus).toEqual(['15.01', '15.05']);
    expect(out.short).toEqual(['15.03', '15.02']);
    expect(out.proposals).toEqual([
      { fromCode: '15.01', toCode: '15.03', quantity: 2000 },
      { fromCode: '15.01', toCode: '15.02', quantity: 1500 },
    ]);
  });
});
