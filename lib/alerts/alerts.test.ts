import { beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { baseWithWajibKtp } from '@/tests/ikd';
import { movementRecorder, type MovementInput } from '@/tests/stock';
import { ApiError } from '@/lib/api/errors';
import { replaceIkdDay, setIkdBaseline } from '@/lib/ikd/writes';
import { transitionPeriod } from '@/lib/periods/periods';
import { checkAnomaly } from '@/lib/anomalies/anomalies';
import { addDays } from '@/lib/time';
import { addJambiOffice } from '@/tests/offices';
import { ADMIN, KADIS_JAMBI, LOKET_KOTA_JAMBI, OP_KOTA_JAMBI } from '@/tests/actors';
import { conditionSince } from './rules';
import { alertsResponse, getAlerts, markAlertsSeen, unseenCount } from './alerts';

/** 12:00 WIB on 20 November 2026: 42 days left in the year, today included. */
const NOW = new Date('2026-11-20T05:00:00Z');
const TODAY = '2026-11-20';

describe('conditionSince', () => {
  it('finds the first day of the run that ends today', () => {
    const days = [
      { day: '2026-11-15', delta: -600 }, // 1,500 at the end of the day
      { day: '2026-11-10', delta: -100 }, // 2,100
      { day: '2026-11-01', delta: 2_200 }, // 2,200
    ];
    expect(conditionSince(1_500, days, (b) => b < 2_000)).toBe('2026-11-15');
    expect(conditionSince(1_500, days, (b) => b < 2_150)).toBe('2026-11-10');
    expect(conditionSince(2_500, days, (b) => b < 2_000)).toBeNull();
  });
});

/** Jambi (11 regencies) on 20 November 2026:
 *  - 15.71 Kota Jambi: 5,000 received today, 250 printed today (a use spike: ANOMALY), IKD 99
 *    today on a 250 baseline against 1,000 wajib KTP (30 % target = 300: achieved); its office
 *    has 3 waiting and one open counter of capacity 2 (OFFICE_OVERLOADED); October submitted.
 *  - 15.01: 1,500 received on 15 Nov (BELOW_MINIMUM since 15 Nov; OVERDUE since 18 Nov), IKD 50 on
 *    19 Nov against 10,000 wajib KTP (IKD_BEHIND).
 *  - 15.02: 150 printed on each of the 30 days ending today after 6,600 received: 2,100 left at
 *    150 a day, stock-out on 4 Dec = today + 14 (STOCKOUT_SOON); IKD 99 today of 1,000 (BEHIND).
 *  - the 8 others: nothing at all (STOCK_OUT and OVERDUE each; no wajib KTP, so no IKD alert). */
describe.each(DB_KINDS)('alerts of a scope on %s', (kind) => {
  const h = useFreshDb(kind, baseWithWajibKtp(NOW, { '15.71': 1_000, '15.01': 10_000, '15.02': 1_000 }));
  const record = movementRecorder(h, NOW, TODAY);
  const rec = (code: string, body: MovementInput) => record(ADMIN, code, body);
  const ikd = (code: string, day: string, count: number) =>
    replaceIkdDay(ADMIN, code, day, { counts: [{ segment: 'UMUM', channel: 'KANTOR', count }] }, h, NOW);

  beforeAll(async () => {
    await rec('15.71', { type: 'RECEIPT', quantity: 5_000 });
    await rec('15.71', { type: 'PRINTED', quantity: 250 });
    await setIkdBaseline(ADMIN, '15.71', { asOf: '2022-06-30', activations: 250 }, h, NOW);
    await ikd('15.71', TODAY, 99);
    await rec('15.01', { type: 'RECEIPT', quantity: 1_500, occurredOn: '2026-11-15' });
    await ikd('15.01', '2026-11-19', 50);
    // recorded on the day it happened (the ledger stamps entries with the real clock)
    await h.db
      .updateTable('stock_balances')
      .set({ last_movement_at: '2026-11-15T03:00:00.000Z' })
      .where('location_code', '=', '15.01')
      .execute();
    await rec('15.02', { type: 'RECEIPT', quantity: 6_600, occurredOn: '2026-10-21' });
    for (let i = 29; i >= 0; i--)
      await rec('15.02', { type: 'PRINTED', quantity: 150, occurredOn: addDays(TODAY, -i) });
    await ikd('15.02', TODAY, 99);
    const office = await addJambiOffice(h.db);
    await h.db
      .insertInto('counters')
      .values({ office_id: office, name: 'Loket 1', services: 'IKD', capacity: 2, is_open: 1 })
      .execute();
    for (let n = 1; n <= 3; n++)
      await h.db
        .insertInto('tickets')
        .values({
          office_id: office,
          service: 'IKD',
          day: TODAY,
          number: n,
          code: `I-00${n}`,
          status: 'WAITING',
          issued_at: `2026-11-20T0${n}:00:00.000Z`,
          called_at: null,
          done_at: null,
          counter_id: null,
        })
        .execute();
    await transitionPeriod(OP_KOTA_JAMBI, '15.71', '2026-10', { action: 'submit' }, h, NOW);
  });

  it('lists the province’s alerts worst first with exact counts, since and links', async () => {
    const a = await getAlerts(KADIS_JAMBI, { scope: '15' }, 'id', h, NOW);
    expect(a.counts).toEqual({
      STOCK_OUT: 8,
      OFFICE_OVERLOADED: 1,
      BELOW_MINIMUM: 1,
      STOCKOUT_SOON: 1,
      ANOMALY: 1,
      OVERDUE: 9,
      IKD_BEHIND: 2,
      PERIOD_TO_APPROVE: 1,
    });
    expect(a.alerts).toHaveLength(24);
    expect(a.unseen).toBe(24);
    expect(a.alerts.map((x) => x.severity)).toEqual([
      ...Array(9).fill('critical'),
      ...Array(12).fill('warning'),
      ...Array(3).fill('info'),
    ]);
    const byId = new Map(a.alerts.map((x) => [x.id, x]));
    expect(byId.get('BELOW_MINIMUM:15.01')).toMatchObject({
      since: '2026-11-15',
      href: '/stok?kode=15.01',
      message: 'Kabupaten Kerinci: stok 1.500 keping di bawah minimum 2.000.',
    });
    expect(byId.get('OVERDUE:15.01')?.since).toBe('2026-11-18');
    expect(byId.get('STOCKOUT_SOON:15.02')?.message).toContain('diperkirakan habis 4 Des 2026');
    expect(byId.get('OVERDUE:15.72')).toMatchObject({ since: null });
    expect(byId.get('OFFICE_OVERLOADED:1')).toMatchObject({
      regencyCode: '15.71',
      officeId: 1,
      since: '2026-11-20T01:00:00.000Z',
      href: '/antrean?scope=15.71',
    });
    const anomaly = a.alerts.find((x) => x.kind === 'ANOMALY')!;
    expect(anomaly.href).toMatch(/^\/stok\?kode=15\.71&from=2026-11-20&to=2026-11-20#m-\d+$/);
    expect(byId.get('PERIOD_TO_APPROVE:15.71:2026-10')).toMatchObject({
      href: '/periode?scope=15&month=2026-10',
      message: 'Kota Jambi: bulan Oktober 2026 diajukan oleh Admin dan menunggu persetujuan.',
    });
    expect(byId.has('IKD_BEHIND:15.71')).toBe(false);
    const en = await getAlerts(KADIS_JAMBI, { scope: '15', kind: 'STOCK_OUT' }, 'en', h, NOW);
    expect(en.alerts.map((x) => x.message)[0]).toBe('Kabupaten Sarolangun: out of blanks.');
    expect(en.alerts).toHaveLength(8);
  });

  it('an officer sees its regency’s alerts (no months to approve); the admin counts per province first', async () => {
    const mine = await getAlerts(OP_KOTA_JAMBI, {}, 'id', h, NOW);
    expect(mine.alerts.map((x) => x.kind)).toEqual(['OFFICE_OVERLOADED', 'ANOMALY']);
    await expect(getAlerts(OP_KOTA_JAMBI, { scope: '15' }, 'id', h, NOW)).rejects.toBeInstanceOf(ApiError);
    await expect(getAlerts(LOKET_KOTA_JAMBI, {}, 'id', h, NOW)).rejects.toBeInstanceOf(ApiError);
    const nation = await getAlerts(ADMIN, {}, 'id', h, NOW);
    expect(nation.byProvince).toHaveLength(38);
    expect(nation.byProvince[0]).toEqual({ code: '11', name: 'Aceh', critical: 23, warning: 23, info: 0, total: 46 });
    expect(nation.byProvince.find((p) => p.code === '15')).toMatchObject({
      critical: 9,
      warning: 12,
      info: 3,
      total: 24,
    });
    expect(nation.counts.STOCK_OUT).toBe(514 - 3);
    expect(nation.counts.OVERDUE).toBe(514 - 2);
  });

  it('counts unseen alerts from the last visit of the alerts page', async () => {
    expect(await unseenCount(KADIS_JAMBI, h, NOW)).toBe(24);
    await markAlertsSeen(KADIS_JAMBI, h, NOW);
    expect(await unseenCount(KADIS_JAMBI, h, NOW)).toBe(0);
    // the head checks the anomaly (gone) and a new one appears (one unseen)
    const a = (await getAlerts(KADIS_JAMBI, { scope: '15', kind: 'ANOMALY' }, 'id', h, NOW)).alerts[0];
    await checkAnomaly(KADIS_JAMBI, String(a.anomalyId), { note: 'Cetak massal pemilih pemula' }, h);
    await rec('15.71', { type: 'ADJUSTMENT', countedOnHand: 0, note: 'opname' });
    const after = await getAlerts(KADIS_JAMBI, { scope: '15' }, 'id', h, NOW);
    expect(after.unseen).toBe(2); // STOCK_OUT of Kota Jambi and the ADJUSTMENT's anomaly
    expect(after.alerts.filter((x) => x.regencyCode === '15.71').map((x) => x.kind)).toEqual([
      'STOCK_OUT',
      'OFFICE_OVERLOADED',
      'ANOMALY',
      'PERIOD_TO_APPROVE',
    ]);
    expect(after.counts.STOCK_OUT).toBe(9);
    // checking the new anomaly takes it off the cached list at once
    const fresh = after.alerts.find((x) => x.kind === 'ANOMALY' && x.regencyCode === '15.71')!;
    await checkAnomaly(KADIS_JAMBI, String(fresh.anomalyId), { note: 'Opname ulang' }, h);
    expect((await getAlerts(KADIS_JAMBI, { scope: '15', kind: 'ANOMALY' }, 'id', h, NOW)).alerts).toEqual([]);
  });

  it('the API answer is the same object as the page reads, in either language and for a kind', async () => {
    for (const [actor, query, lang] of [
      [ADMIN, {}, 'id'],
      [KADIS_JAMBI, { scope: '15' }, 'en'],
      [KADIS_JAMBI, { scope: '15', kind: 'STOCK_OUT' }, 'id'],
    ] as const) {
      const res = await alertsResponse(actor, query, lang, h, NOW);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(await res.json()).toEqual(JSON.parse(JSON.stringify(await getAlerts(actor, query, lang, h, NOW))));
    }
  });
});
