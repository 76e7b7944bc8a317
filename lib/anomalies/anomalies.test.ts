import { describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { baseWithWajibKtp } from '@/tests/ikd';
import { movementRecorder, type MovementInput } from '@/tests/stock';
import { replaceIkdDay } from '@/lib/ikd/writes';
import { ADMIN, KADIS_JAMBI, KADIS_SUMSEL, OP_KOTA_JAMBI } from '@/tests/actors';
import { checkAnomaly, ikdDayMarks, movementMarks } from './anomalies';
import { refusal } from '@/tests/errors';

const NOW = new Date('2026-11-20T05:00:00Z'); // 12:00 WIB

describe.each(DB_KINDS)('anomalies flagged on write on %s', (kind) => {
  const h = useFreshDb(kind, baseWithWajibKtp(NOW, { '15.71': 100_000, '15.01': 100_000, '15.02': 1_000 }));
  const record = movementRecorder(h, NOW, '2026-11-10');
  const rec = (code: string, body: MovementInput) => record(ADMIN, code, body);
  const ikd = (code: string, day: string, count: number) =>
    replaceIkdDay(ADMIN, code, day, { counts: [{ segment: 'UMUM', channel: 'KANTOR', count }] }, h, NOW);
  const rulesOf = async (code: string) =>
    (
      await h.db
        .selectFrom('anomalies')
        .select(['rule', 'day', 'value', 'reference_value'])
        .where('regency_code', '=', code)
        .orderBy('id')
        .execute()
    ).map((r) => `${r.rule} ${r.day} ${Number(r.value)} ${Number(r.reference_value)}`);

  it('PRINTED/SPOILED above 5× the 30-day average daily use and at least 200', async () => {
    await rec('15.71', { type: 'RECEIPT', quantity: 10_000, occurredOn: '2026-10-01' });
    await rec('15.71', { type: 'PRINTED', quantity: 199, occurredOn: '2026-10-20' }); // no history, below 200
    await rec('15.71', { type: 'PRINTED', quantity: 1_301, occurredOn: '2026-10-21' }); // flagged: 200+ on 199
    // the 30 days before 10 Nov (11 Oct – 9 Nov) used 1,500 → 50 a day, 5× = 250
    const at = await rec('15.71', { type: 'PRINTED', quantity: 250 });
    const above = await rec('15.71', { type: 'SPOILED', quantity: 251 });
    expect(await rulesOf('15.71')).toEqual([
      'USE_SPIKE 2026-10-21 1301 6.633333333333334',
      'USE_SPIKE 2026-11-10 251 50',
    ]);
    const marks = await movementMarks(h, [at.body.movement.id, above.body.movement.id]);
    expect([marks.has(at.body.movement.id), marks.get(above.body.movement.id)?.rule]).toEqual([false, 'USE_SPIKE']);
  });

  it('ADJUSTMENT moving the balance by more than 20 % and at least 200 cards', async () => {
    await rec('15.01', { type: 'RECEIPT', quantity: 1_000 });
    await rec('15.01', { type: 'ADJUSTMENT', countedOnHand: 800, note: 'opname' }); // exactly 20 %
    await rec('15.01', { type: 'RECEIPT', quantity: 100 }); // 900
    await rec('15.01', { type: 'ADJUSTMENT', countedOnHand: 701, note: 'opname' }); // 22 %, 199 cards
    await rec('15.01', { type: 'RECEIPT', quantity: 299 }); // 1,000
    await rec('15.01', { type: 'ADJUSTMENT', countedOnHand: 799, note: 'opname' }); // 20.1 %, 201 cards
    expect(await rulesOf('15.01')).toEqual(['ADJUSTMENT_SWING 2026-11-10 799 1000']);
  });

  it('IKD day above 5× the 30 days before it and at least 100; entering the day again replaces its mark', async () => {
    await ikd('15.01', '2026-11-01', 600); // no history: flagged (≥ 100)
    await h.db.deleteFrom('anomalies').where('regency_code', '=', '15.01').where('rule', '=', 'IKD_SPIKE').execute();
    // 30 days before 11 Nov hold 600 → 20 a day, 5× = 100
    await ikd('15.01', '2026-11-11', 100);
    expect((await rulesOf('15.01')).filter((r) => r.startsWith('IKD'))).toEqual([]);
    // 30 days before 12 Nov hold 700 → 5× = 116.67
    await ikd('15.01', '2026-11-12', 116);
    expect((await rulesOf('15.01')).filter((r) => r.startsWith('IKD'))).toEqual([]);
    await ikd('15.01', '2026-11-12', 117);
    expect((await rulesOf('15.01')).filter((r) => r.startsWith('IKD'))).toEqual([
      'IKD_SPIKE 2026-11-12 117 23.333333333333332',
    ]);
    await ikd('15.01', '2026-11-12', 116);
    expect((await rulesOf('15.01')).filter((r) => r.startsWith('IKD'))).toEqual([]);
    await ikd('15.71', '2026-11-12', 99); // no history but below 100
    expect((await rulesOf('15.71')).filter((r) => r.startsWith('IKD'))).toEqual([]);
  });

  it('IKD day that takes the regency past 100 % of its wajib KTP', async () => {
    await ikd('15.02', '2026-11-01', 90);
    await ikd('15.02', '2026-11-02', 910); // 1,000 = exactly 100 %: not past (a spike, though)
    await ikd('15.02', '2026-11-03', 1); // 1,001
    expect(await rulesOf('15.02')).toEqual(['IKD_SPIKE 2026-11-02 910 3', 'IKD_PAST_WAJIB 2026-11-03 1001 1000']);
    const marks = await ikdDayMarks(OP_KOTA_JAMBI, '15.71', h);
    expect(marks).toEqual([]);
    expect((await ikdDayMarks(KADIS_JAMBI, '15.02', h)).map((m) => m.day)).toEqual(['2026-11-03', '2026-11-02']);
  });

  it('a head of the province marks an anomaly checked with a note, once; audited', async () => {
    const a = await h.db
      .selectFrom('anomalies')
      .select('id')
      .where('rule', '=', 'IKD_PAST_WAJIB')
      .executeTakeFirstOrThrow();
    const id = String(a.id);
    expect((await refusal(checkAnomaly(KADIS_SUMSEL, id, { note: 'ok' }, h))).status).toBe(403);
    expect((await refusal(checkAnomaly(OP_KOTA_JAMBI, id, { note: 'ok' }, h))).status).toBe(403);
    expect((await refusal(checkAnomaly(KADIS_JAMBI, id, { note: ' ' }, h))).status).toBe(422);
    expect((await refusal(checkAnomaly(KADIS_JAMBI, '999999', { note: 'ok' }, h))).status).toBe(404);
    const checked = await checkAnomaly(KADIS_JAMBI, id, { note: 'Data sensus baru, wajib KTP diperbarui' }, h);
    expect(checked).toMatchObject({ checkedBy: 'Admin', checkNote: 'Data sensus baru, wajib KTP diperbarui' });
    expect((await refusal(checkAnomaly(KADIS_JAMBI, id, { note: 'lagi' }, h))).status).toBe(409);
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['action', 'scope_code'])
      .where('action', '=', 'anomaly.check')
      .execute();
    expect(audit).toEqual([{ action: 'anomaly.check', scope_code: '15.02' }]);
  });
});
