import { describe, expect, it } from 'vitest';
import { KADIS_JAMBI, OP_KOTA_JAMBI } from '@/tests/actors';
import { mayReverse, rebalancingNote, recordableTypes, stockForecast, stockStatus } from './rules';

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

describe('who records and who undoes what (issue 16: one rule for the form and the write path)', () => {
  it('the types an actor may record: the officer the six of their own regency, the head the warehouse', () => {
    expect(recordableTypes(OP_KOTA_JAMBI, 'regency', '15.71')).toEqual([
      'PRINTED',
      'SPOILED',
      'RECEIPT',
      'TRANSFER',
      'ADJUSTMENT',
      'REVERSAL',
    ]);
    expect(recordableTypes(OP_KOTA_JAMBI, 'regency', '15.01')).toEqual([]);
    expect(recordableTypes(OP_KOTA_JAMBI, 'province', '15')).toEqual([]);
    expect(recordableTypes(KADIS_JAMBI, 'province', '15')).toEqual([
      'RECEIPT',
      'DISTRIBUTION',
      'ADJUSTMENT',
      'REVERSAL',
    ]);
    // a head confirms rebalancing transfers between regencies, and records nothing else there
    expect(recordableTypes(KADIS_JAMBI, 'regency', '15.71')).toEqual(['TRANSFER']);
  });

  it('an entry may be undone by whoever may record it where it belongs, once, and never a reversal', () => {
    const kotaJambi = { level: 'regency' as const, code: '15.71', provinceCode: '15' };
    const entry = (type: 'PRINTED' | 'DISTRIBUTION' | 'TRANSFER' | 'REVERSAL', delta: number, reversed = false) => ({
      type,
      delta,
      counterpartCode: type === 'TRANSFER' ? '15.01' : null,
      reversed,
    });
    expect(mayReverse(OP_KOTA_JAMBI, entry('PRINTED', -25), kotaJambi)).toBe(true);
    expect(mayReverse(OP_KOTA_JAMBI, entry('PRINTED', -25, true), kotaJambi)).toBe(false);
    expect(mayReverse(OP_KOTA_JAMBI, entry('REVERSAL', 25), kotaJambi)).toBe(false);
    // a distribution is undone at the warehouse, a transfer by the regency that sent it
    expect(mayReverse(OP_KOTA_JAMBI, entry('DISTRIBUTION', 2000), kotaJambi)).toBe(false);
    expect(mayReverse(KADIS_JAMBI, entry('DISTRIBUTION', 2000), kotaJambi)).toBe(true);
    expect(mayReverse(OP_KOTA_JAMBI, entry('TRANSFER', -300), kotaJambi)).toBe(true);
    expect(mayReverse(OP_KOTA_JAMBI, entry('TRANSFER', 300), kotaJambi)).toBe(false);
  });
});
