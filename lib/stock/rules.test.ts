import { describe, expect, it } from 'vitest';
import { rebalancingNote, stockForecast, stockStatus } from './rules';

describe('stock figures (SPEC §4)', () => {
  it('status: OUT at 0, BELOW_MINIMUM under the minimum, else OK', () => {
    expect(stockStatus(0, 2000)).toBe('OUT');
    expect(stockStatus(1999, 2000)).toBe('BELOW_MINIMUM');
    expect(stockStatus(2000, 2000)).toBe('OK');
  });

  it('forecast: 30-day average use, days of cover and the projected stock-out date', () => {
    expect(stockForecast(1000, 900, '2023-01-05')).toEqual({
      avgDailyUse: 30,
      daysOfCover: 1000 / 30,
      projectedStockoutDate: '2023-02-07',
    });
    expect(stockForecast(1000, 0, '2023-01-05')).toEqual({
      avgDailyUse: 0,
      daysOfCover: null,
      projectedStockoutDate: null,
    });
  });
});

describe('rebalancing note', () => {
  it('never says no regency is short while it lists short ones', () => {
    expect(rebalancingNote(3, 0, 0)).toBe('NO_SURPLUS');
    expect(rebalancingNote(0, 2, 0)).toBe('NONE_SHORT');
    expect(rebalancingNote(3, 1, 0)).toBe('SURPLUS_TOO_SMALL');
    expect(rebalancingNote(3, 1, 1)).toBe('PROPOSALS');
  });
});
