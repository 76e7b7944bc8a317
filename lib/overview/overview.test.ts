import { describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb, type TestDb } from '@/tests/db';
import { seedBase } from '@/lib/demo/seed';
import { getOverview } from './queries';
import { addJambiOffice } from '@/tests/offices';
import { insertIkdDays } from '@/tests/ikd';
import { ADMIN, KADIS_JAMBI, KADIS_SUMSEL, KIOSK_KOTA_JAMBI, OP_KOTA_JAMBI } from '@/tests/actors';

const AS_OF = '2026-11-20';

async function fixture(h: TestDb) {
  await seedBase(h);
  const db = h.db;
  const item = 'BLANGKO_KTP_EL';
  await db
    .insertInto('stock_balances')
    .values([
      { location_code: '15.71', item, on_hand: 2500, minimum: 2000, last_movement_at: '2026-11-21T03:00:00.000Z' },
      { location_code: '15.01', item, on_hand: 1500, minimum: 2000, last_movement_at: '2026-11-18T03:00:00.000Z' },
      { location_code: '15.02', item, on_hand: 0, minimum: 2000, last_movement_at: '2026-11-18T03:00:00.000Z' },
      { location_code: '15', item, on_hand: 300, minimum: 0, last_movement_at: '2026-11-18T03:00:00.000Z' },
    ])
    .execute();
  await db
    .insertInto('stock_daily')
    .values([
      { location_code: '15.71', item, day: '2026-11-19', delta: 3000, used: 0 },
      { location_code: '15.71', item, day: '2026-11-21', delta: -500, used: 500 },
      { location_code: '15.01', item, day: '2026-11-18', delta: 1500, used: 0 },
      { location_code: '15', item, day: '2026-11-18', delta: 300, used: 0 },
    ])
    .execute();
  await db
    .insertInto('ikd_population')
    .values([
      { regency_code: '15.71', valid_from: '2022-01-01', wajib_ktp: 400_000 },
      { regency_code: '15.01', valid_from: '2022-01-01', wajib_ktp: 100_000 },
      { regency_code: '16.02', valid_from: '2022-01-01', wajib_ktp: 532_012 },
    ])
    .execute();
  await insertIkdDays(db, [
    { regency_code: '15.71', day: '2025-05-10', segment: 'ASN_TNI_POLRI', channel: 'KANTOR', count: 5000 },
    { regency_code: '15.71', day: '2026-11-20', segment: 'GURU', channel: 'JEMPUT_BOLA', count: 100 },
    { regency_code: '15.71', day: '2026-11-21', segment: 'UMUM', channel: 'KANTOR', count: 50 },
    { regency_code: '16.02', day: '2026-11-20', segment: 'UMUM', channel: 'KANTOR', count: 7 },
  ]);
  await db.insertInto('ikd_targets').values({ scope_code: '15.01', year: 2026, percent: 40 }).execute();
  const office = { id: await addJambiOffice(db) };
  await db
    .insertInto('counters')
    .values([
      { office_id: office.id, name: 'Loket 1', services: 'IKD', capacity: 60, is_open: 1 },
      { office_id: office.id, name: 'Loket 2', services: 'IKD', capacity: 60, is_open: 0 },
    ])
    .execute();
  const statuses = ['WAITING', 'WAITING', 'WAITING', 'DONE', 'DONE', 'NO_SHOW', 'CALLED'];
  await db
    .insertInto('tickets')
    .values([
      ...statuses.map((status, i) => ({
        office_id: office.id,
        service: 'IKD',
        day: AS_OF,
        number: i + 1,
        code: `I-00${i + 1}`,
        status,
        issued_at: `${AS_OF}T01:0${i}:00.000Z`,
        called_at: null,
        done_at: null,
        counter_id: null,
      })),
      {
        office_id: office.id,
        service: 'IKD',
        day: '2026-11-19',
        number: 1,
        code: 'I-001',
        status: 'WAITING',
        issued_at: '2026-11-19T01:00:00.000Z',
        called_at: null,
        done_at: null,
        counter_id: null,
      },
    ])
    .execute();
}

describe.each(DB_KINDS)('overview figures on %s', (kind) => {
  const h = useFreshDb(kind, fixture);

  it('sums a province from its regencies as they stood at the end of asOf', async () => {
    const o = await getOverview(KADIS_JAMBI, { scope: '15', asOf: AS_OF }, h);
    expect(o.scope).toMatchObject({ code: '15', name: 'Jambi', level: 'province' });
    // 11 regencies; on 20 Nov Kota Jambi had 3,000 (the −500 came on the 21st), Kab. Kerinci 1,500.
    expect(o.stock).toEqual({
      regencies: 11,
      onHand: 4500,
      minimumTotal: 22_000,
      belowMinimum: 10,
      out: 9,
      warehouseOnHand: 300,
    });
    expect(o.ikd.wajibKtp).toBe(500_000);
    expect(o.ikd.activations).toBe(5100);
    expect(o.ikd.percent).toBeCloseTo(1.02, 10);
    // 30 % of 400,000 for Kota Jambi + the regency's own 40 % of 100,000.
    expect(o.ikd.targetPersons).toBe(160_000);
    expect(o.ikd.targetPercent).toBe(32);
    expect(o.ikd.gapPersons).toBe(154_900);
    expect(o.ikd.pace30).toBeCloseTo(100 / 30, 10);
    expect(o.ikd.requiredDailyPace).toBeCloseTo(154_900 / 42, 10);
    expect(o.ikd.status).toBe('BEHIND');
    expect(o.queue).toEqual({
      offices: 1,
      counters: 2,
      openCounters: 1,
      waiting: 3,
      inService: 1,
      served: 2,
      noShow: 1,
      capacity: 60,
    });
    expect(o.children).toHaveLength(11);
    const kota = o.children.find((c) => c.code === '15.71')!;
    expect(kota.stock.status).toBe('OK');
    expect(kota.ikd.activations).toBe(5100);
    expect(kota.overdue).toBe(false);
    expect(o.children.find((c) => c.code === '15.02')!.stock.status).toBe('OUT');
    expect(o.series.ikdMonthly.at(-1)).toEqual({ month: '2026-11', activations: 5100, target: 160_000 });
  });

  it('uses the current balances without asOf', async () => {
    const o = await getOverview(ADMIN, { scope: '15.71' }, h, new Date('2026-11-21T05:00:00Z'));
    expect(o.stock.onHand).toBe(2500);
    expect(o.ikd.activations).toBe(5150);
    expect(o.stock.warehouseOnHand).toBe(0);
  });

  it('adds up the nation from every regency', async () => {
    const o = await getOverview(ADMIN, { scope: 'national', asOf: AS_OF }, h);
    expect(o.stock.regencies).toBe(514);
    expect(o.ikd.wajibKtp).toBe(1_032_012);
    expect(o.ikd.activations).toBe(5107);
    expect(o.children).toHaveLength(38);
    expect(o.children.find((c) => c.code === '16')!.ikd.activations).toBe(7);
  });

  it('refuses scopes outside the caller (403) and unknown regions (404)', async () => {
    await expect(getOverview(KADIS_SUMSEL, { scope: '15', asOf: AS_OF }, h)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getOverview(KADIS_JAMBI, { scope: 'national' }, h)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getOverview(OP_KOTA_JAMBI, { scope: '15.01' }, h)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getOverview(KIOSK_KOTA_JAMBI, { scope: '15.71' }, h)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getOverview(ADMIN, { scope: '15.99' }, h)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("gives an officer the province summary but only their own regency's row", async () => {
    const o = await getOverview(OP_KOTA_JAMBI, { scope: '15', asOf: AS_OF }, h);
    expect(o.stock.onHand).toBe(4500);
    expect(o.children.map((c) => c.code)).toEqual(['15.71']);
  });
});
