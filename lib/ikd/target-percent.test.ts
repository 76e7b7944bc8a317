import { describe, expect, it } from 'vitest';
import { targetBody } from './schemas';

/** Issue 15: a target percent is 0.01 ≤ p ≤ 100 in steps of 0.01 (5e-324 was accepted). */
describe('IKD target percent', () => {
  const ok = (percent: unknown) => targetBody.safeParse({ scope: 'national', year: 2026, percent }).success;
  it.each([0.01, 0.5, 25, 25.5, 30.25, 70, 100])('accepts %s', (p) => expect(ok(p)).toBe(true));
  it.each([5e-324, 0, -1, 0.001, 0.005, 25.555, 100.01, 1e308, Number.NaN, '25'])('refuses %s', (p) =>
    expect(ok(p)).toBe(false),
  );
});
