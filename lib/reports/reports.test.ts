import { describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb, type TestDb } from '@/tests/db';
import { seedBase } from '@/lib/demo/seed';
import { getMonthlyReport, monthEnd } from './queries';
import { ADMIN, KADIS_JAMBI, KADIS_SUMSEL, OP_KOTA_JAMBI } from '@/tests/actors';
import { addJambiOffice } from '@/tests/offices';

const NOW = new Date('2026-11-23T05:00:00Z');
const item = 'BLANGKO_KTP_EL';

function mv(location_code: string, type: string, quantity: number, delta: number, occurred_on: string) {
  return { item, location_code, type, quantity, delta, occurred_on, created_at: `${occurred_on}T03:00:00.000Z` };
}

async function fixture(h: TestDb) {
  await seedBase(h);
  await h.db
    .insertInto('stock_movements')
    .values([
      mv('15', 'RECEIPT', 1000, 1000, '2026-10-02'),
      mv('15.71', 'RECEIPT', 400, 400, '2026-10-03'),
      mv('15.71', 'PRINTED', 30, -30, '2026-10-10'),
      mv('15.71', 'PRINTED', 20, -20, '2026-10-31'),
      mv('15.01', 'PRINTED', 5, -5, '2026-10-15'),
      mv('15.71', 'PRINTED', 7, -7, '2026-11-01'), // next month
      mv('16.71', 'PRINTED', 9, -9, '2026-10-15'), // another province
      // August: a shipment of 20,000 passed on at once (two legs each), and one transfer
      mv('15', 'RECEIPT', 20000, 20000, '2026-08-05'),
      { ...mv('15', 'DISTRIBUTION', 12000, -12000, '2026-08-05'), counterpart_code: '15.71' },
      { ...mv('15.71', 'DISTRIBUTION', 12000, 12000, '2026-08-05'), counterpart_code: '15' },
      { ...mv('15', 'DISTRIBUTION', 8000, -8000, '2026-08-05'), counterpart_code: '15.01' },
      { ...mv('15.01', 'DISTRIBUTION', 8000, 8000, '2026-08-05'), counterpart_code: '15' },
      { ...mv('15.71', 'TRANSFER', 500, -500, '2026-08-20'), counterpart_code: '15.01' },
      { ...mv('15.01', 'TRANSFER', 500, 500, '2026-08-20'), counterpart_code: '15.71' },
    ])
    .execute();
  // the daily balance figures of Kota Jambi those movements make (what "as of" reads)
  const day = (d: string, delta: number, used = 0) => ({ location_code: '15.71', item, day: d, delta, used });
  await h.db
    .insertInto('stock_daily')
    .values([
      day('2026-08-05', 12000),
      day('2026-08-20', -500),
      day('2026-10-03', 400),
      day('2026-10-10', -30, 30),
      day('2026-10-31', -20, 20),
      day('2026-11-01', -7, 7),
    ])
    .execute();
  await h.db
    .insertInto('ikd_daily')
    .values([
      { regency_code: '15.71', day: '2026-10-01', segment: 'UMUM', channel: 'KANTOR', count: 10 },
      { regency_code: '15.71', day: '2026-10-20', segment: 'UMUM', channel: 'KANTOR', count: 5 },
      { regency_code: '15.01', day: '2026-10-20', segment: 'GURU', channel: 'JEMPUT_BOLA', count: 3 },
      { regency_code: '15.71', day: '2026-09-30', segment: 'UMUM', channel: 'KANTOR', count: 100 },
      { regency_code: '16.71', day: '2026-10-20', segment: 'UMUM', channel: 'KANTOR', count: 100 },
    ])
    .execute();
  const office = { id: await addJambiOffice(h.db) };
  const t = (n: number, day: string, status: string, issued: string, called: string | null) => ({
    office_id: Number(office.id),
    service: 'KTP_EL',
    day,
    number: n,
    code: `A${n}`,
    status,
    issued_at: `${day}T${issued}:00.000Z`,
    called_at: called ? `${day}T${called}:00.000Z` : null,
    done_at: null,
    counter_id: null,
  });
  await h.db
    .insertInto('tickets')
    .values([
      t(1, '2026-10-05', 'DONE', '01:00', '01:10'), // within 15 min
      t(2, '2026-10-05', 'DONE', '01:00', '01:20'), // 20 min
      t(3, '2026-10-06', 'NO_SHOW', '01:00', '01:05'),
      t(4, '2026-10-06', 'WAITING', '01:00', null),
      t(5, '2026-11-02', 'DONE', '01:00', '01:01'), // next month
    ])
    .execute();
}

describe.each(DB_KINDS)('monthly report (%s)', (kind) => {
  const h = useFreshDb(kind, fixture);

  it('month ends', () => {
    expect(monthEnd('2026-10')).toBe('2026-10-31');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });

  it('a province: movements by type, IKD activations by segment and channel, counter load', async () => {
    const r = await getMonthlyReport(KADIS_JAMBI, { scope: '15', month: '2026-10' }, h, NOW);
    expect(r.to).toBe('2026-10-31');
    expect(r.movements).toEqual([
      { type: 'PRINTED', count: 3, quantity: 55, delta: -55 },
      { type: 'RECEIPT', count: 2, quantity: 1400, delta: 1400 },
    ]);
    expect(r.ikd.monthBySegmentChannel).toEqual([
      { segment: 'GURU', channel: 'JEMPUT_BOLA', count: 3 },
      { segment: 'UMUM', channel: 'KANTOR', count: 15 },
    ]);
    expect(r.ikd.monthTotal).toBe(18);
    expect(r.queue.issued).toBe(4);
    expect(r.queue.served).toBe(2);
    expect(r.queue.noShows).toBe(1);
    expect(r.queue.offices[0].days).toBe(2);
    // 2 of the 3 called tickets were called within 15 minutes
    expect(r.queue.serviceLevel).toBe(66.7);
    expect(r.stock.rows.length).toBe(r.ikd.rows.length);
    // Kota Jambi: 12,000 in and 500 out in August, then +400 −30 −20 in October
    const kota = r.stock.rows.find((s) => s.regencyCode === '15.71')!;
    expect([kota.openingBalance, kota.onHand]).toEqual([11500, 11850]);
  });

  it('a province counts each distribution and transfer once: 20,000 distributed for 20,000 received', async () => {
    const r = await getMonthlyReport(KADIS_JAMBI, { scope: '15', month: '2026-08' }, h, NOW);
    expect(r.movements).toEqual([
      { type: 'DISTRIBUTION', count: 2, quantity: 20000, delta: 0 },
      { type: 'RECEIPT', count: 1, quantity: 20000, delta: 20000 },
      { type: 'TRANSFER', count: 1, quantity: 500, delta: 0 },
    ]);
    // a regency sees its own leg
    const k = await getMonthlyReport(OP_KOTA_JAMBI, { scope: '15.71', month: '2026-08' }, h, NOW);
    expect(k.movements).toEqual([
      { type: 'DISTRIBUTION', count: 1, quantity: 12000, delta: 12000 },
      { type: 'TRANSFER', count: 1, quantity: 500, delta: -500 },
    ]);
  });

  it("a regency's rank is out of the province's 11 regencies, not out of the rows its officer reads", async () => {
    const r = await getMonthlyReport(OP_KOTA_JAMBI, { scope: '15.71', month: '2026-10' }, h, NOW);
    expect(r.ikd.rows).toHaveLength(1);
    expect(r.ikd.rankOf).toBe(11);
    const p = await getMonthlyReport(KADIS_JAMBI, { scope: '15', month: '2026-10' }, h, NOW);
    expect(p.ikd.rankOf).toBe(11);
    expect(p.ikd.rows.find((x) => x.code === '15.71')?.rank).toBe(r.ikd.rows[0].rank);
  });

  it('a regency: only its own figures; an officer may not read the province report', async () => {
    const r = await getMonthlyReport(OP_KOTA_JAMBI, { scope: '15.71', month: '2026-10' }, h, NOW);
    expect(r.movements).toEqual([
      { type: 'PRINTED', count: 2, quantity: 50, delta: -50 },
      { type: 'RECEIPT', count: 1, quantity: 400, delta: 400 },
    ]);
    expect(r.ikd.monthTotal).toBe(15);
    expect(r.stock.rows.map((s) => s.regencyCode)).toEqual(['15.71']);
    expect(r.ikd.rows.map((s) => s.code)).toEqual(['15.71']);
    await expect(getMonthlyReport(OP_KOTA_JAMBI, { scope: '15', month: '2026-10' }, h, NOW)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getMonthlyReport(KADIS_SUMSEL, { scope: '15', month: '2026-10' }, h, NOW)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getMonthlyReport(ADMIN, { scope: '99', month: '2026-10' }, h, NOW)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
