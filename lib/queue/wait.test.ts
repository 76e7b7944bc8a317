import { describe, expect, it } from 'vitest';
import { estimatedWaitMinutes } from './wait';

describe('estimatedWaitMinutes (SPEC §13)', () => {
  it('uses 5 minutes a person while fewer than 5 tickets were finished today', () => {
    // 7 ahead × 5 min ÷ 2 counters = 17.5 → 18
    expect(estimatedWaitMinutes(7, [2, 3, 4, 2], 2)).toBe(18);
    expect(estimatedWaitMinutes(3, [], 1)).toBe(15);
  });
  it('averages the finished tickets once there are 5', () => {
    // mean of 4, 6, 8, 2, 5 = 5; 4 ahead × 5 ÷ 3 = 6.67 → 7
    expect(estimatedWaitMinutes(4, [4, 6, 8, 2, 5], 3)).toBe(7);
    // mean of 1.1 × 5 = 1.1; 3 × 1.1 ÷ 1 = 3.3 → 4
    expect(estimatedWaitMinutes(3, [1.1, 1.1, 1.1, 1.1, 1.1], 1)).toBe(4);
  });
  it('takes only the last 20 samples', () => {
    // 10 samples of 100 then 20 of 3: the last 20 average 3; 2 × 3 ÷ 1 = 6
    expect(estimatedWaitMinutes(2, [...Array(10).fill(100), ...Array(20).fill(3)], 1)).toBe(6);
  });
  it('is 0 for nobody ahead and null without an open counter', () => {
    expect(estimatedWaitMinutes(0, [], 2)).toBe(0);
    expect(estimatedWaitMinutes(5, [3, 3, 3, 3, 3], 0)).toBeNull();
  });
  it('rounds a whole result exactly, not up', () => {
    // 6 × 5 ÷ 2 = 15
    expect(estimatedWaitMinutes(6, [], 2)).toBe(15);
  });
});
