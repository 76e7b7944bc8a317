import { describe, expect, it } from 'vitest';
import { adjustmentSwing, ikdPastWajib, ikdSpike, printedSpike } from './rules';

describe('anomaly rules (SPEC §14), just below and at each threshold', () => {
  it('IKD spike: more than 5× the 30-day average and at least 100', () => {
    // 30 days summing 600 → average 20, 5× = 100
    expect(ikdSpike(100, 600)).toBe(false); // exactly 5×: not more
    expect(ikdSpike(101, 600)).toBe(true);
    // average 6 → 5× = 30: 99 is far above, but below 100
    expect(ikdSpike(99, 180)).toBe(false);
    expect(ikdSpike(100, 180)).toBe(true);
    expect(ikdSpike(100, 0)).toBe(true); // no history: the minimum decides
  });
  it('IKD past wajib KTP: the day crosses 100 %', () => {
    expect(ikdPastWajib(9_990, 10_000, 10_000)).toBe(false); // reaches exactly 100 %
    expect(ikdPastWajib(9_990, 10_001, 10_000)).toBe(true);
    expect(ikdPastWajib(10_000, 10_001, 10_000)).toBe(true);
    expect(ikdPastWajib(10_001, 10_050, 10_000)).toBe(false); // was already past
  });
  it('use spike: more than 5× the 30-day average daily use and at least 200', () => {
    // 30 days used 1,500 → average 50, 5× = 250
    expect(printedSpike(250, 1_500)).toBe(false);
    expect(printedSpike(251, 1_500)).toBe(true);
    expect(printedSpike(199, 0)).toBe(false);
    expect(printedSpike(200, 0)).toBe(true);
  });
  it('adjustment swing: more than 20 % of the balance and at least 200 cards', () => {
    expect(adjustmentSwing(1_000, 800)).toBe(false); // exactly 20 %
    expect(adjustmentSwing(1_000, 799)).toBe(true);
    expect(adjustmentSwing(1_000, 1_201)).toBe(true);
    expect(adjustmentSwing(900, 701)).toBe(false); // 22 % but 199 cards
    expect(adjustmentSwing(900, 700)).toBe(true);
    expect(adjustmentSwing(2_412, 0)).toBe(true);
  });
});
