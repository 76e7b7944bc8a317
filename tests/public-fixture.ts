import type { TestDb } from './db';
import { seedBase } from '@/lib/demo/seed';
import { addJambiOffice } from './offices';
import { insertIkdDays } from './ikd';

/** A small Jambi for the public page and the scorecard (SPEC §15), on 20 November 2026 (WIB):
 *  - Kota Jambi (15.71): 3,000 cards from 20 Oct, −1,500 printed on 6 Nov, +1,000 on 18 Nov
 *    (2,500 now, minimum 2,000); wajib KTP 400,000; 5,000 activations in May 2025, then 1,000
 *    on 25 Oct, 3,000 on 2 Nov, 2,000 on 3 Nov, 1,000 on 6 Nov and 500 on 18 Nov.
 *  - Kerinci (15.01): 2,000 cards since 1 Oct (exactly its minimum), no use, no wajib KTP.
 *  - Muaro Jambi (15.05): one IKD day entered (all zero) on 20 Oct.
 *  - the other eight regencies: nothing at all.
 *  Kota Jambi's office: Loket 1 (IKD, KTP_EL) and Loket 2 (IKD) open, Loket 3 (KK) closed;
 *  today 4 IKD, 3 KTP_EL and 2 KK tickets wait, 6 IKD tickets were served in 2–12 minutes. */
export const NOW = new Date('2026-11-20T05:00:00.000Z');
export const TODAY = '2026-11-20';

export async function seedPublicFixture(h: TestDb): Promise<{ officeId: number }> {
  await seedBase(h);
  const db = h.db;
  const item = 'BLANGKO_KTP_EL';
  await db
    .insertInto('stock_balances')
    .values([
      { location_code: '15.71', item, on_hand: 2500, minimum: 2000, last_movement_at: '2026-11-18T03:00:00.000Z' },
      { location_code: '15.01', item, on_hand: 2000, minimum: 2000, last_movement_at: '2026-10-01T03:00:00.000Z' },
    ])
    .execute();
  await db
    .insertInto('stock_daily')
    .values([
      { location_code: '15.71', item, day: '2026-10-20', delta: 3000, used: 0 },
      { location_code: '15.71', item, day: '2026-11-06', delta: -1500, used: 1500 },
      { location_code: '15.71', item, day: '2026-11-18', delta: 1000, used: 0 },
      { location_code: '15.01', item, day: '2026-10-01', delta: 2000, used: 0 },
    ])
    .execute();
  await db
    .insertInto('stock_movements')
    .values({
      item,
      location_code: '15.71',
      type: 'RECEIPT',
      quantity: 1000,
      delta: 1000,
      occurred_on: '2026-11-18',
      created_at: '2026-11-18T03:00:00.000Z',
      reference: 'SURAT-RAHASIA-77',
      note: 'diterima Pak Budi Santoso',
      counterpart_code: null,
      counted_on_hand: null,
      reverses_id: null,
      actor_id: null,
    })
    .execute();
  await db
    .insertInto('ikd_population')
    .values({ regency_code: '15.71', valid_from: '2022-01-01', wajib_ktp: 400_000 })
    .execute();
  const day = (regency_code: string, d: string, count: number) => ({
    regency_code,
    day: d,
    segment: 'UMUM',
    channel: 'KANTOR',
    count,
  });
  await insertIkdDays(db, [
    day('15.71', '2025-05-10', 5000),
    day('15.71', '2026-10-25', 1000),
    day('15.71', '2026-11-02', 3000),
    day('15.71', '2026-11-03', 2000),
    day('15.71', '2026-11-06', 1000),
    day('15.71', '2026-11-18', 500),
    day('15.05', '2026-10-20', 0),
  ]);

  const officeId = await addJambiOffice(db);
  await db
    .insertInto('counters')
    .values([
      { office_id: officeId, name: 'Loket 1', services: 'IKD,KTP_EL', capacity: 60, is_open: 1 },
      { office_id: officeId, name: 'Loket 2', services: 'IKD', capacity: 60, is_open: 1 },
      { office_id: officeId, name: 'Loket 3', services: 'KK', capacity: 60, is_open: 0 },
    ])
    .execute();
  let n = 0;
  const ticket = (service: string, status: string, serviceMinutes?: number) => {
    n++;
    const issued = new Date(Date.parse(`${TODAY}T01:00:00.000Z`) + n * 60_000);
    const called = serviceMinutes === undefined ? null : new Date(issued.getTime() + 60_000);
    const done = called && serviceMinutes !== undefined ? new Date(called.getTime() + serviceMinutes * 60_000) : null;
    return {
      office_id: officeId,
      service,
      day: TODAY,
      number: n,
      code: `X-${String(n).padStart(3, '0')}`,
      status,
      issued_at: issued.toISOString(),
      called_at: called?.toISOString() ?? null,
      done_at: done?.toISOString() ?? null,
      counter_id: null,
    };
  };
  await db
    .insertInto('tickets')
    .values([
      ...[2, 4, 6, 8, 10, 12].map((m) => ticket('IKD', 'DONE', m)),
      ...Array.from({ length: 4 }, () => ticket('IKD', 'WAITING')),
      ...Array.from({ length: 3 }, () => ticket('KTP_EL', 'WAITING')),
      ...Array.from({ length: 2 }, () => ticket('KK', 'WAITING')),
    ])
    .execute();
  return { officeId };
}
