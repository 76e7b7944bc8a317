import { beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { seedBase } from '@/lib/demo/seed';
import { KADIS_JAMBI } from '@/tests/actors';
import { getProvinceStock } from './queries';

const NOW = new Date('2026-11-20T05:00:00Z'); // 20 Nov 2026, 12:00 WIB
const item = 'BLANGKO_KTP_EL';

describe.each(DB_KINDS)('stock figures of a province on %s', (kind) => {
  const h = useFreshDb(kind, seedBase);
  beforeAll(async () => {
    await h.db
      .insertInto('stock_balances')
      .values([
        { location_code: '15.71', item, on_hand: 2500, minimum: 2000, last_movement_at: '2026-11-20T03:00:00.000Z' },
        { location_code: '15.01', item, on_hand: 1000, minimum: 2000, last_movement_at: '2026-11-16T03:00:00.000Z' },
        { location_code: '15.02', item, on_hand: 2400, minimum: 2000, last_movement_at: '2026-11-20T02:00:00.000Z' },
        { location_code: '15', item, on_hand: 500, minimum: 0, last_movement_at: '2026-11-18T02:00:00.000Z' },
      ])
      .execute();
    await h.db
      .insertInto('stock_daily')
      .values([
        { location_code: '15.71', item, day: '2026-10-01', delta: 3400, used: 0 },
        { location_code: '15.71', item, day: '2026-11-10', delta: -600, used: 600 },
        { location_code: '15.71', item, day: '2026-11-20', delta: -300, used: 300 },
        { location_code: '15.01', item, day: '2026-11-01', delta: 7000, used: 0 },
        { location_code: '15.01', item, day: '2026-11-16', delta: -6000, used: 6000 },
        { location_code: '15.02', item, day: '2026-11-19', delta: 8400, used: 0 },
        { location_code: '15.02', item, day: '2026-11-20', delta: -6000, used: 6000 },
        { location_code: '15', item, day: '2026-11-18', delta: 500, used: 0 },
      ])
      .execute();
  }, 60_000);

  it('today: status, 30-day use, days of cover, stock-out date, overdue and alerts', async () => {
    const s = await getProvinceStock(KADIS_JAMBI, { province: '15' }, h, NOW);
    expect(s.today).toBe('2026-11-20');
    expect(s.warehouse).toEqual({
      code: '15',
      onHand: 500,
      lastUpdatedAt: '2026-11-18T02:00:00.000Z',
      lastUpdatedOn: '2026-11-18',
    });
    const kota = s.regencies.find((r) => r.regencyCode === '15.71')!;
    expect(kota).toMatchObject({
      onHand: 2500,
      minimum: 2000,
      status: 'OK',
      avgDailyUse: 30,
      projectedStockoutDate: '2027-02-11',
      lastUpdatedOn: '2026-11-20',
      overdue: false,
    });
    expect(kota.daysOfCover).toBeCloseTo(83.333, 3);
    expect(s.regencies.find((r) => r.regencyCode === '15.01')).toMatchObject({
      onHand: 1000,
      status: 'BELOW_MINIMUM',
      avgDailyUse: 200,
      daysOfCover: 5,
      projectedStockoutDate: '2026-11-25',
      overdue: true,
    });
    expect(s.regencies.find((r) => r.regencyCode === '15.02')).toMatchObject({
      status: 'OK',
      daysOfCover: 12,
      projectedStockoutDate: '2026-12-02',
      overdue: false,
    });
    expect(s.regencies.find((r) => r.regencyCode === '15.03')).toMatchObject({
      onHand: 0,
      minimum: 2000,
      status: 'OUT',
      avgDailyUse: 0,
      daysOfCover: null,
      projectedStockoutDate: null,
      lastUpdatedOn: null,
      overdue: true,
    });
    expect(s.alerts.slice(0, 2)).toEqual([
      { regencyCode: '15.01', name: 'Kabupaten Kerinci', reason: 'BELOW_MINIMUM', projectedStockoutDate: '2026-11-25' },
      {
        regencyCode: '15.02',
        name: 'Kabupaten Merangin',
        reason: 'STOCKOUT_SOON',
        projectedStockoutDate: '2026-12-02',
      },
    ]);
    expect(s.alerts.filter((a) => a.reason === 'OUT')).toHaveLength(8);
    expect(s.summary).toEqual({
      regencies: 11,
      onHand: 5900,
      minimumTotal: 22_000,
      belowMinimum: 9,
      out: 8,
      overdue: 9,
    });
  });

  it('asOf: the figures at the end of that day', async () => {
    const s = await getProvinceStock(KADIS_JAMBI, { province: '15', asOf: '2026-11-19' }, h, NOW);
    expect(s.asOf).toBe('2026-11-19');
    const kota = s.regencies.find((r) => r.regencyCode === '15.71')!;
    expect(kota).toMatchObject({
      onHand: 2800,
      avgDailyUse: 20,
      daysOfCover: 140,
      projectedStockoutDate: '2027-04-08',
      lastUpdatedOn: '2026-11-10',
      overdue: true,
    });
    expect(s.regencies.find((r) => r.regencyCode === '15.02')).toMatchObject({
      onHand: 8400,
      status: 'OK',
      avgDailyUse: 0,
      daysOfCover: null,
      lastUpdatedOn: '2026-11-19',
    });
    expect(s.warehouse.onHand).toBe(500);
    const early = await getProvinceStock(KADIS_JAMBI, { province: '15', asOf: '2026-10-31' }, h, NOW);
    expect(early.regencies.find((r) => r.regencyCode === '15.01')).toMatchObject({ onHand: 0, status: 'OUT' });
    expect(early.warehouse.onHand).toBe(0);
  });
});
