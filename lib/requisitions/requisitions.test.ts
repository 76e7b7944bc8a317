import { beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { deltaSumOf, rowCount } from '@/tests/reads';
import { movementRecorder } from '@/tests/stock';
import { ADMIN, KADIS_JAMBI, KADIS_SUMSEL, OP_KOTA_JAMBI } from '@/tests/actors';
import { seedBase } from '@/lib/demo/seed';
import { parseBody } from '@/lib/api/query';
import type { Actor } from '@/lib/auth/permissions';
import { draftRequisition, getRequisition, listRequisitions, updateRequisition } from './queries';
import { draftBody, updateBody, type DraftBody, type UpdateBody } from './schemas';
import { refusal } from '@/tests/errors';

const NOW = new Date('2026-11-20T05:00:00Z'); // 12:00 WIB on 20 Nov 2026
const TODAY = '2026-11-20';
const JAMBI = ['15.01', '15.02', '15.03', '15.04', '15.05', '15.06', '15.07', '15.08', '15.09', '15.71', '15.72'];

/** The 422 a body gets from the route's own parser. */
async function bodyErr(schema: typeof draftBody | typeof updateBody, body: unknown) {
  const req = new Request('http://x/', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return refusal(parseBody(req, schema));
}

describe.each(DB_KINDS)('requisitions on %s', (kind) => {
  const h = useFreshDb(kind, seedBase);
  const rec = movementRecorder(h, NOW, TODAY);
  const draft = (actor: Actor, body: DraftBody, code = '15') =>
    draftRequisition(actor, code, draftBody.parse(body), { handle: h, now: NOW });
  const update = (actor: Actor, id: number, body: UpdateBody) =>
    updateRequisition(actor, id, updateBody.parse(body), { handle: h, now: NOW });
  const count = (table: 'requisitions' | 'stock_movements' | 'audit_log') => rowCount(h, table);
  const bookedSum = (id: number) => deltaSumOf(h, 'stock_movements', 'requisition_id', id);

  beforeAll(async () => {
    // wajib KTP: Kota Jambi 400,000, every other regency of Jambi 100,000
    await h.db
      .insertInto('ikd_population')
      .values(
        JAMBI.map((c) => ({ regency_code: c, valid_from: '2022-01-01', wajib_ktp: c === '15.71' ? 400_000 : 100_000 })),
      )
      .execute();
    // Kota Jambi: 5,000 received, 600 printed in the last 30 days (20 a day) → 4,400 on hand
    await rec(OP_KOTA_JAMBI, '15.71', { type: 'RECEIPT', quantity: 5000, occurredOn: '2026-11-01' });
    await rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 600, occurredOn: '2026-11-10' });
    // the warehouse holds 3,000
    await rec(KADIS_JAMBI, '15', { type: 'RECEIPT', quantity: 3000, occurredOn: '2026-11-02' });
  }, 60_000);

  let id = 0;

  it('drafts the next 3 months with exact lines and province total', async () => {
    const audits = await count('audit_log');
    const r = await draft(KADIS_JAMBI, { cohort: { total: 6800 } });
    expect(r.status).toBe(201);
    const q = r.body;
    id = q.id;
    expect(q).toMatchObject({
      provinceCode: '15',
      item: 'BLANGKO_KTP_EL',
      from: '2026-12-01',
      to: '2027-02-28', // 90 days
      state: 'DRAFT',
      warehouseOnHand: 3000,
      received: 0,
    });
    const line = (c: string) => q.lines.find((l) => l.regencyCode === c)!;
    expect(q.lines).toHaveLength(11);
    // 6,800 × 4/14 = 1,942.86 → 1,943; the others 485.71: the 7 leftover cards by code
    expect(line('15.71')).toMatchObject({
      onHand: 4400,
      minimum: 2000,
      avgDailyUse: 20,
      projectedUse: 1800,
      cohort: 1943,
      requested: 1343, // 1,800 + 1,943 + 2,000 − 4,400
    });
    expect(JAMBI.filter((c) => c !== '15.71').map((c) => line(c).cohort)).toEqual([
      486, 486, 486, 486, 486, 486, 486, 485, 485, 485,
    ]);
    expect(line('15.01')).toMatchObject({ onHand: 0, projectedUse: 0, requested: 2486 });
    expect(line('15.72').requested).toBe(2485);
    expect(q.lines.reduce((s, l) => s + l.cohort, 0)).toBe(6800);
    // Σ requested 26,200 − warehouse 3,000
    expect(q.total).toBe(23_200);
    expect(await count('audit_log')).toBe(audits + 1);
  });

  it('edits a line of the draft and the total follows', async () => {
    const r = await update(KADIS_JAMBI, id, { lines: [{ regencyCode: '15.72', requested: 3000 }] });
    expect(r.lines.find((l) => l.regencyCode === '15.72')).toMatchObject({ proposed: 2485, requested: 3000 });
    expect(r.total).toBe(23_715);
    const e = await refusal(update(KADIS_JAMBI, id, { lines: [{ regencyCode: '16.71', requested: 1 }] }));
    expect([e.status, Object.keys(e.fields ?? {})]).toEqual([422, ['lines.0.regencyCode']]);
  });

  it('refuses bad input with a 422 and writes nothing', async () => {
    const before = await count('requisitions');
    for (const body of [{ months: 0 }, { months: 13 }, { months: 1.5 }, { cohort: { total: -1 } }, { cohort: {} }]) {
      expect((await bodyErr(draftBody, body)).status).toBe(422);
    }
    expect((await bodyErr(updateBody, { action: 'approve' })).status).toBe(422);
    expect((await bodyErr(updateBody, { lines: [{ regencyCode: '15.71', requested: -5 }] })).status).toBe(422);
    const e = await refusal(draft(KADIS_JAMBI, { cohort: { byRegency: { '15.71': 10, '16.71': 5 } } }));
    expect([e.status, Object.keys(e.fields ?? {})]).toEqual([422, ['cohort.byRegency.16.71']]);
    expect(await count('requisitions')).toBe(before);
  });

  it('lets only the province head write, officers of the province read', async () => {
    expect((await refusal(draft(KADIS_SUMSEL, {}))).status).toBe(403);
    expect((await refusal(draft(ADMIN, {}))).status).toBe(403);
    expect((await refusal(draft(OP_KOTA_JAMBI, {}))).status).toBe(403);
    expect((await refusal(update(KADIS_SUMSEL, id, { action: 'submit' }))).status).toBe(403);
    expect((await refusal(update(OP_KOTA_JAMBI, id, { action: 'submit' }))).status).toBe(403);
    expect((await refusal(getRequisition(KADIS_SUMSEL, id, h, NOW))).status).toBe(403);
    expect((await getRequisition(OP_KOTA_JAMBI, id, h, NOW)).total).toBe(23_715);
    expect((await getRequisition(ADMIN, id, h, NOW)).total).toBe(23_715);
    expect((await refusal(getRequisition(ADMIN, 999_999, h, NOW))).status).toBe(404);
    expect((await refusal(listRequisitions(OP_KOTA_JAMBI, 'national', h, NOW))).status).toBe(403);
    expect((await refusal(listRequisitions(KADIS_SUMSEL, '15', h, NOW))).status).toBe(403);
    expect((await listRequisitions(OP_KOTA_JAMBI, undefined, h, NOW)).requisitions.map((r) => r.id)).toEqual([id]);
  });

  it('refuses a receipt against a draft (409) or another province (422)', async () => {
    const moves = await count('stock_movements');
    expect((await refusal(rec(KADIS_JAMBI, '15', { type: 'RECEIPT', quantity: 10, requisitionId: id }))).status).toBe(
      409,
    );
    const other = await refusal(rec(KADIS_SUMSEL, '16', { type: 'RECEIPT', quantity: 10, requisitionId: id }));
    expect([other.status, Object.keys(other.fields ?? {})]).toEqual([422, ['requisitionId']]);
    const atRegency = await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'RECEIPT', quantity: 10, requisitionId: id }));
    expect(atRegency.status).toBe(422);
    expect(await count('stock_movements')).toBe(moves);
  });

  it('submits, fills with receipts, and refuses wrong transitions with 409', async () => {
    const audits = await count('audit_log');
    const s = await update(KADIS_JAMBI, id, { action: 'submit' });
    expect(s.state).toBe('SUBMITTED');
    const entry = await h.db
      .selectFrom('audit_log')
      .select(['action', 'actor_username', 'scope_code'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect([await count('audit_log'), entry]).toEqual([
      audits + 1,
      { action: 'requisition.submit', actor_username: 'kadis.jambi', scope_code: '15' },
    ]);
    expect(s.submittedAt).not.toBeNull();
    expect((await refusal(update(KADIS_JAMBI, id, { action: 'submit' }))).status).toBe(409);
    expect((await refusal(update(KADIS_JAMBI, id, { lines: [{ regencyCode: '15.01', requested: 1 }] }))).status).toBe(
      409,
    );

    await rec(KADIS_JAMBI, '15', { type: 'RECEIPT', quantity: 10_000, requisitionId: id, reference: 'SP/1' });
    let r = await getRequisition(KADIS_JAMBI, id, h, NOW);
    expect([r.state, r.received, r.fillRate]).toEqual(['PARTIALLY_FILLED', 10_000, 10_000 / 23_715]);
    expect(r.daysWaiting).toBe(0);
    expect((await refusal(update(KADIS_JAMBI, id, { action: 'cancel' }))).status).toBe(409);

    const last = await rec(KADIS_JAMBI, '15', { type: 'RECEIPT', quantity: 13_715, requisitionId: id });
    r = await getRequisition(KADIS_JAMBI, id, h, NOW);
    expect([r.state, r.received, r.fillRate]).toEqual(['FILLED', 23_715, 1]);
    expect(r.receipts.map((m) => m.quantity)).toEqual([10_000, 13_715]);

    // undoing a receipt takes it off again
    await rec(KADIS_JAMBI, '15', { type: 'REVERSAL', reversesId: last.body.movement.id });
    r = await getRequisition(KADIS_JAMBI, id, h, NOW);
    expect([r.state, r.received]).toEqual(['PARTIALLY_FILLED', 10_000]);
    expect(await bookedSum(id)).toBe(10_000);

    const list = await listRequisitions(ADMIN, 'national', h, NOW);
    expect(list.totals).toEqual({ requisitions: 1, requested: 23_715, received: 10_000, fillRate: 10_000 / 23_715 });
  });

  it('cancels a draft or a submitted requisition, then refuses receipts against it', async () => {
    const a = (await draft(KADIS_JAMBI, { months: 1 })).body;
    expect(a).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect((await update(KADIS_JAMBI, a.id, { action: 'cancel' })).state).toBe('CANCELLED');
    expect((await refusal(update(KADIS_JAMBI, a.id, { action: 'submit' }))).status).toBe(409);
    const b = (await draft(KADIS_JAMBI, {})).body;
    await update(KADIS_JAMBI, b.id, { action: 'submit' });
    expect((await update(KADIS_JAMBI, b.id, { action: 'cancel' })).state).toBe('CANCELLED');
    expect((await refusal(rec(KADIS_JAMBI, '15', { type: 'RECEIPT', quantity: 5, requisitionId: b.id }))).status).toBe(
      409,
    );
  });

  it('keeps received equal to the sum of its receipts under concurrent receipts', async () => {
    const c = (await draft(KADIS_JAMBI, { cohort: { total: 100_000 } })).body;
    await update(KADIS_JAMBI, c.id, { action: 'submit' });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        rec(KADIS_JAMBI, '15', { type: 'RECEIPT', quantity: 100 + i, requisitionId: c.id }),
      ),
    );
    const r = await getRequisition(KADIS_JAMBI, c.id, h, NOW);
    const expected = Array.from({ length: 12 }, (_, i) => 100 + i).reduce((a, b) => a + b, 0);
    expect(r.received).toBe(expected);
    expect(await bookedSum(c.id)).toBe(expected);
    expect(r.state).toBe('PARTIALLY_FILLED');
  }, 30_000);
});
