import { describe, expect, it } from 'vitest';
import { sortFromParams, sortParams, sortStockRows } from './sort';

const row = (regencyCode: string, status: string, onHand: number, daysOfCover: number | null) => ({
  regencyCode,
  name: regencyCode,
  onHand,
  minimum: 100,
  status,
  avgDailyUse: 1,
  daysOfCover,
  projectedStockoutDate: null,
  lastUpdatedOn: null,
});
const rows = [
  row('15.01', 'OK', 500, 50),
  row('15.02', 'OUT', 0, 0),
  row('15.03', 'OK', 500, null),
  row('15.04', 'BELOW_MINIMUM', 20, 2),
];

describe('stock table order', () => {
  it('reads the order from the URL, defaulting to status (worst first), and writes it back', () => {
    expect(sortFromParams(undefined, undefined)).toEqual({ key: 'status', dir: 1 });
    expect(sortFromParams('onHand', 'turun')).toEqual({ key: 'onHand', dir: -1 });
    expect(sortFromParams('drop table', 'naik')).toEqual({ key: 'status', dir: 1 });
    expect(sortParams({ key: 'daysOfCover', dir: -1 })).toEqual({ urut: 'daysOfCover', arah: 'turun' });
  });

  it('sorts like the table: ties by code, no days of cover after every number', () => {
    expect(sortStockRows(rows, { key: 'status', dir: 1 }).map((r) => r.regencyCode)).toEqual([
      '15.02',
      '15.04',
      '15.01',
      '15.03',
    ]);
    expect(sortStockRows(rows, { key: 'daysOfCover', dir: 1 }).map((r) => r.regencyCode)).toEqual([
      '15.02',
      '15.04',
      '15.01',
      '15.03',
    ]);
    expect(sortStockRows(rows, { key: 'onHand', dir: -1 }).map((r) => r.regencyCode)).toEqual([
      '15.03',
      '15.01',
      '15.04',
      '15.02',
    ]);
  });
});
