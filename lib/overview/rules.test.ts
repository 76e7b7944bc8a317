import { describe, expect, it } from 'vitest';
import { coverTone, officerDay, provinceProblems, type ProblemRow } from './rules';

describe("a district officer's day", () => {
  it('marks each task done or not yet for today, and lists what is overdue (more than 2 days)', () => {
    const d = officerDay({
      today: '2026-12-02',
      usedToday: 45,
      ikdRowsToday: 0,
      ikdToday: 0,
      lastStockDay: '2026-12-02',
      lastIkdDay: '2026-11-28',
    });
    expect(d.usage).toEqual({ done: true, quantity: 45 });
    expect(d.ikd).toEqual({ done: false, activations: 0 });
    expect(d.overdue).toEqual([{ what: 'IKD', lastDay: '2026-11-28', daysSince: 4 }]);
    const fresh = officerDay({
      today: '2026-12-02',
      usedToday: 0,
      ikdRowsToday: 12,
      ikdToday: 138,
      lastStockDay: '2026-11-30',
      lastIkdDay: null,
    });
    expect(fresh.ikd).toEqual({ done: true, activations: 138 });
    // 2 days ago is not yet overdue; never updated is
    expect(fresh.overdue).toEqual([{ what: 'IKD', lastDay: null, daysSince: null }]);
  });
});

describe("a province's problems", () => {
  const row = (code: string, onHand: number, status: ProblemRow['status'], daysOfCover: number | null, extra = {}) => ({
    code,
    name: code,
    onHand,
    minimum: 2000,
    status,
    daysOfCover,
    projectedStockoutDate: null as string | null,
    overdue: false,
    lastUpdatedOn: '2026-12-01',
    ...extra,
  });
  it('lists out of stock, below minimum, running out within 14 days and overdue, worst first', () => {
    const p = provinceProblems(
      [
        row('15.01', 1420, 'BELOW_MINIMUM', 29.6, { projectedStockoutDate: '2026-12-31' }),
        row('15.72', 159, 'BELOW_MINIMUM', 5.3, { projectedStockoutDate: '2026-12-07' }),
        row('15.02', 458, 'BELOW_MINIMUM', 6.2, { projectedStockoutDate: '2026-12-08' }),
        row('15.03', 0, 'OUT', 0, { overdue: true, lastUpdatedOn: '2026-11-20' }),
        row('15.71', 2500, 'OK', 10.1, { projectedStockoutDate: '2026-12-12' }),
        row('15.04', 9000, 'OK', null, { overdue: true, lastUpdatedOn: null }),
      ],
      '2026-12-02',
    );
    expect(p.out.map((r) => r.code)).toEqual(['15.03']);
    expect(p.belowMinimum.map((r) => r.code)).toEqual(['15.72', '15.02', '15.01']);
    expect(p.stockoutSoon.map((r) => r.code)).toEqual(['15.72', '15.02', '15.71']);
    expect(p.overdue.map((r) => r.code)).toEqual(['15.04', '15.03']);
  });
  it('colours days of cover: 159 cards for 5 days is critical, 1,420 for 29 days is fine', () => {
    expect(coverTone(159, 5.3)).toBe('CRITICAL');
    expect(coverTone(458, 10)).toBe('LOW');
    expect(coverTone(1420, 29.6)).toBe('OK');
    expect(coverTone(0, 0)).toBe('OUT');
    expect(coverTone(3000, null)).toBe('NO_USE');
  });
});
