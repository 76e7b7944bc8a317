import { describe, expect, it } from 'vitest';
import { estimatedWaitMinutes } from './wait';

describe('estimatedWaitMinutes (SPEC §13)', () => {
  it('uses 5 minutes a person while fewer than 5 tickets finished today', () => {
    expect(estimatedWaitMinutes(7, [], 2)).toBe(18); // 7 × 5 / 2 = 17.5 → 18
    expect(estimatedWaitMinutes(7, [1, 1, 1, 1], 1)).toBe(35);
  });
  it('averages the finished tickets once there are 5', () => {
    expect(estimatedWaitMinutes(4, [2, 4, 6, 8, 10], 3)).toBe(8); // avg 6 × 4 / 3 = 8
    expect(estimatedWaitMinutes(3, [2.1, 2.1, 2.1, 2.1, 2.1], 1)).toBe(7); // 6.3 → 7
    expect(estimatedWaitMinutes(3, [2, 2, 2, 2, 2], 1)).toBe(6); // exactly 6, not 7
  });
  it('reads only the last 20', () => {
    const old = Array(10).fill(100);
    const last = Array(20).fill(3);
    expect(estimatedWaitMinutes(2, [...old, ...last], 1)).toBe(6);
  });
  it('is null without an open counter and 0 when nobody waits ahead', () => {
    expect(estimatedWaitMinutes(5, [3, 3, 3, 3, 3], 0)).toBeNull();
    expect(estimatedWaitMinutes(0, [], 2)).toBe(0);
  });
});
