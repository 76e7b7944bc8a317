import { describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { deltaSumOf, ledgerSumOf, onHandOf, rowCount } from '@/tests/reads';
import { movementRecorder } from '@/tests/stock';
import { seedBase } from '@/lib/demo/seed';
import { toNum } from '@/lib/db';
import { ApiError } from '@/lib/api/errors';
import { confirmAllocation, setMinimum } from './movements';
import { getLedger, getLocationStock, getProvinceStock, getRebalancing, planProvinceAllocation } from './queries';
import { movementBody } from './schemas';
import { ADMIN, KADIS_JAMBI, KADIS_SUMSEL, LOKET_KOTA_JAMBI, OP_KOTA_JAMBI } from '@/tests/actors';
import { refusal } from '@/tests/errors';

const NOW = new Date('2026-11-20T05:00:00Z'); // 12:00 WIB on 20 Nov 2026
const TODAY = '2026-11-20';

describe.each(DB_KINDS)('blangko ledger on %s', (kind) => {
  const h = useFreshDb(kind, seedBase);
  const rec = movementRecorder(h, NOW, TODAY);
  const balance = (code: string) => onHandOf(h, code);
  const ledgerSum = (code: string) => ledgerSumOf(h, code);
  const dailySum = (code: string) => deltaSumOf(h, 'stock_daily', 'location_code', code);
  const count = (table: 'stock_movements' | 'audit_log') => rowCount(h, table);
  const consistent = async (code: string) => {
    const b = await balance(code);
    expect(await ledgerSum(code)).toBe(b);
    expect(await dailySum(code)).toBe(b);
  };

  it('receipt and printing move the balance, the daily figures and the audit log together', async () => {
    const audits = await count('audit_log');
    const r = await rec(OP_KOTA_JAMBI, '15.71', { type: 'RECEIPT', quantity: 3000, reference: 'SP/1' });
    expect(r.status).toBe(201);
    expect(r.body.onHand).toBe(3000);
    expect(r.body.movement).toMatchObject({
      locationCode: '15.71',
      type: 'RECEIPT',
      quantity: 3000,
      delta: 3000,
      occurredOn: TODAY,
      reference: 'SP/1',
    });
    const p = await rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 120 });
    expect(p.body.onHand).toBe(2880);
    await rec(OP_KOTA_JAMBI, '15.71', { type: 'SPOILED', quantity: 30, occurredOn: '2026-11-19' });
    expect(await balance('15.71')).toBe(2850);
    await consistent('15.71');
    const daily = await h.db
      .selectFrom('stock_daily')
      .selectAll()
      .where('location_code', '=', '15.71')
      .orderBy('day')
      .execute();
    expect(daily.map((d) => [d.day, Number(d.delta), Number(d.used)])).toEqual([
      ['2026-11-19', -30, 30],
      [TODAY, 2880, 120],
    ]);
    expect(await count('audit_log')).toBe(audits + 3);
    const fig = (await getLocationStock(OP_KOTA_JAMBI, '15.71', undefined, h, NOW)).figures;
    expect(fig).toMatchObject({
      onHand: 2850,
      minimum: 2000,
      status: 'OK',
      avgDailyUse: 5,
      daysOfCover: 570,
      projectedStockoutDate: '2028-06-12',
      overdue: false,
    });
  });

  it('an over-draw is 409 with the balance and the asked quantity, in Indonesian and English, and writes nothing', async () => {
    const before = await count('stock_movements');
    const e = await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 5000 }));
    expect(e.status).toBe(409);
    expect(e.msg.id).toBe('Stok tidak cukup: saldo 2.850 keping, diminta 5.000 keping. Tidak ada yang dicatat.');
    expect(e.msg.en).toBe('Not enough stock: the balance is 2,850 cards and 5,000 were asked. Nothing was recorded.');
    expect(await count('stock_movements')).toBe(before);
    expect(await balance('15.71')).toBe(2850);
  });

  it('scope: officers only their regency, heads only transfers in their province, counters nothing', async () => {
    expect((await refusal(rec(OP_KOTA_JAMBI, '15.01', { type: 'RECEIPT', quantity: 1 }))).status).toBe(403);
    expect((await refusal(rec(OP_KOTA_JAMBI, '15', { type: 'RECEIPT', quantity: 1 }))).status).toBe(403);
    expect((await refusal(rec(KADIS_JAMBI, '15.71', { type: 'PRINTED', quantity: 1 }))).status).toBe(403);
    expect(
      (await refusal(rec(KADIS_SUMSEL, '15.71', { type: 'TRANSFER', quantity: 1, counterpartCode: '15.01' }))).status,
    ).toBe(403);
    expect((await refusal(rec(LOKET_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 1 }))).status).toBe(403);
    expect((await refusal(getLedger(OP_KOTA_JAMBI, '15.01', { limit: 10 }, h))).status).toBe(403);
    expect((await refusal(getProvinceStock(KADIS_SUMSEL, { province: '15' }, h, NOW))).status).toBe(403);
    expect((await refusal(setMinimum(OP_KOTA_JAMBI, '15.71', 10, h))).status).toBe(403);
    expect(await balance('15.01')).toBe(0);
  });

  it('dates: not in the future (local date) nor more than 366 days back; quantities 1..1,000,000', async () => {
    const future = await refusal(
      rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 1, occurredOn: '2026-11-21' }),
    );
    expect([future.status, Object.keys(future.fields ?? {})]).toEqual([422, ['occurredOn']]);
    const old = await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 1, occurredOn: '2025-11-18' }));
    expect(old.status).toBe(422);
    await rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 1, occurredOn: '2025-11-19' });
    expect(movementBody.safeParse({ type: 'PRINTED', quantity: 0, occurredOn: TODAY }).success).toBe(false);
    expect(movementBody.safeParse({ type: 'PRINTED', quantity: 1_000_001, occurredOn: TODAY }).success).toBe(false);
    expect(movementBody.safeParse({ type: 'PRINTED', quantity: 1.5, occurredOn: TODAY }).success).toBe(false);
    expect(movementBody.safeParse({ type: 'ADJUSTMENT', countedOnHand: 5, occurredOn: TODAY }).success).toBe(false);
    expect(await balance('15.71')).toBe(2849);
  });

  it('transfer to a regency of the same province, adjustment to a count, reversal once', async () => {
    const t = await rec(KADIS_JAMBI, '15.71', { type: 'TRANSFER', quantity: 849, counterpartCode: '15.01' });
    expect(t.body.onHand).toBe(2000);
    expect(await balance('15.01')).toBe(849);
    expect(
      (await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'TRANSFER', quantity: 1, counterpartCode: '16.71' }))).status,
    ).toBe(422);

    const a = await rec(OP_KOTA_JAMBI, '15.71', {
      type: 'ADJUSTMENT',
      countedOnHand: 1990,
      note: 'Stock opname: 10 rusak',
    });
    expect(a.body.movement).toMatchObject({ type: 'ADJUSTMENT', quantity: 10, delta: -10, countedOnHand: 1990 });
    expect(a.body.onHand).toBe(1990);

    const rv = await rec(OP_KOTA_JAMBI, '15.71', { type: 'REVERSAL', reversesId: t.body.movement.id });
    expect(rv.body.onHand).toBe(2839);
    expect(await balance('15.01')).toBe(0);
    const again = await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'REVERSAL', reversesId: t.body.movement.id }));
    expect(again.status).toBe(409);
    expect(again.msg.en).toBe('This movement was already reversed.');
    const revRev = await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'REVERSAL', reversesId: rv.body.movement.id }));
    expect(revRev.status).toBe(409);
    for (const c of ['15.71', '15.01']) await consistent(c);
  });

  it('a repeated Idempotency-Key returns the first answer and writes nothing', async () => {
    const before = await count('stock_movements');
    const first = await rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 39 }, 'retry-key-0001');
    const second = await rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 39 }, 'retry-key-0001');
    expect(second).toEqual({ ...first, replayed: true });
    expect(await count('stock_movements')).toBe(before + 1);
    expect(await balance('15.71')).toBe(2800);
  });

  // PANTAU_REPEAT=20 (scripts/test-all.sh) repeats the race to show no lost update (issue 8).
  const REPEAT = Number(process.env.PANTAU_REPEAT ?? 1);
  it(`200 concurrent requests of 1 card against 100: exactly 100 succeed, 100 are 409, balance 0 (×${REPEAT})`, async () => {
    for (let round = 0; round < REPEAT; round++) {
      await rec(ADMIN, '15.02', { type: 'RECEIPT', quantity: 100 });
      const results = await Promise.allSettled(
        Array.from({ length: 200 }, () => rec(ADMIN, '15.02', { type: 'PRINTED', quantity: 1 })),
      );
      const ok = results.filter((r) => r.status === 'fulfilled').length;
      const conflicts = results.filter(
        (r) => r.status === 'rejected' && r.reason instanceof ApiError && r.reason.status === 409,
      ).length;
      expect([round, ok, conflicts]).toEqual([round, 100, 100]);
      expect(await balance('15.02')).toBe(0);
      await consistent('15.02');
    }
  }, 300_000);

  it('allocation: plan then confirm writes every DISTRIBUTION (or none), asOf shows the day', async () => {
    await rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 800, occurredOn: '2026-11-10' }); // 15.71: 2,000, use 800/30
    const plan = await planProvinceAllocation(KADIS_JAMBI, '15', 20_000, h, NOW);
    expect(plan.lines.reduce((s, l) => s + l.quantity, 0)).toBe(20_000);
    expect(plan.lines).toHaveLength(11);
    expect((await refusal(planProvinceAllocation(KADIS_SUMSEL, '15', 20_000, h, NOW))).status).toBe(403);
    expect((await refusal(planProvinceAllocation(OP_KOTA_JAMBI, '15', 20_000, h, NOW))).status).toBe(403);

    const lines = plan.lines.map((l) => ({ regencyCode: l.regencyCode, quantity: l.quantity }));
    const before = await count('stock_movements');
    // the warehouse holds nothing: without booking the receipt it is refused, and nothing is written
    const short = await refusal(
      confirmAllocation(KADIS_JAMBI, '15', { reference: 'BAST/1', lines }, { handle: h, now: NOW }),
    );
    expect(short.status).toBe(409);
    expect(short.msg.id).toBe('Stok tidak cukup: saldo 0 keping, diminta 20.000 keping. Tidak ada yang dicatat.');
    const foreign = await refusal(
      confirmAllocation(
        KADIS_JAMBI,
        '15',
        { reference: 'BAST/1', receive: true, lines: [...lines, { regencyCode: '16.71', quantity: 1 }] },
        { handle: h, now: NOW },
      ),
    );
    expect(foreign.status).toBe(422);
    expect(await count('stock_movements')).toBe(before);

    const balancesBefore = Object.fromEntries(
      await Promise.all(lines.map(async (l) => [l.regencyCode, await balance(l.regencyCode)])),
    );
    const done = await confirmAllocation(
      KADIS_JAMBI,
      '15',
      { reference: 'BAST/1', receive: true, lines },
      { handle: h, now: NOW, key: 'alloc-key-0001' },
    );
    expect(done.status).toBe(201);
    expect(done.body.warehouseOnHand).toBe(0);
    for (const l of lines) expect(await balance(l.regencyCode)).toBe(balancesBefore[l.regencyCode] + l.quantity);
    const nonZero = lines.filter((l) => l.quantity > 0).length;
    expect(await count('stock_movements')).toBe(before + 1 + 2 * nonZero);
    await consistent('15');
    for (const l of lines) await consistent(l.regencyCode);

    const now = await getProvinceStock(KADIS_JAMBI, { province: '15' }, h, NOW);
    const yesterday = await getProvinceStock(OP_KOTA_JAMBI, { province: '15', asOf: '2026-11-19' }, h, NOW);
    expect(now.warehouse.onHand).toBe(0);
    // the officer sees their own regency and the province's summary, not the other rows
    expect(yesterday.regencies.map((r) => r.regencyCode)).toEqual(['15.71']);
    expect(yesterday.summary.regencies).toBe(11);
    expect(now.summary.onHand).toBe(now.regencies.reduce((s, r) => s + r.onHand, 0));
    const line = lines.find((l) => l.regencyCode === '15.04')!.quantity;
    expect(line).toBeGreaterThan(0);
    expect(now.regencies.find((r) => r.regencyCode === '15.04')!.onHand).toBe(line);
    const yesterdayHead = await getProvinceStock(KADIS_JAMBI, { province: '15', asOf: '2026-11-19' }, h, NOW);
    expect(yesterdayHead.regencies.find((r) => r.regencyCode === '15.04')!.onHand).toBe(0);
    expect(yesterdayHead.regencies.find((r) => r.regencyCode === '15.04')!.status).toBe('OUT');
    expect(now.regencies.reduce((s, r) => s + r.onHand, 0)).toBe(
      Object.values(balancesBefore).reduce((s: number, b) => s + Number(b), 0) + 20_000,
    );
  });

  it('ledger: newest first, paged with a cursor, filtered by type and dates, asOf', async () => {
    const p1 = await getLedger(OP_KOTA_JAMBI, '15.71', { limit: 3 }, h);
    expect(p1.items).toHaveLength(3);
    expect(p1.nextCursor).not.toBeNull();
    const p2 = await getLedger(OP_KOTA_JAMBI, '15.71', { limit: 100, cursor: p1.nextCursor! }, h);
    const all = [...p1.items, ...p2.items];
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
    const keys = all.map((m) => `${m.occurredOn}_${String(m.id).padStart(9, '0')}`);
    expect([...keys].sort().reverse()).toEqual(keys);
    expect(all.reduce((s, m) => s + m.delta, 0)).toBe(await balance('15.71'));
    const printed = await getLedger(
      OP_KOTA_JAMBI,
      '15.71',
      { limit: 100, type: 'PRINTED', from: '2026-11-01', to: '2026-11-15' },
      h,
    );
    expect(printed.items.map((m) => m.quantity)).toEqual([800]);
    const old = await getLedger(OP_KOTA_JAMBI, '15.71', { limit: 100, asOf: '2026-11-19' }, h);
    expect(old.onHand).toBe(old.items.reduce((s, m) => s + m.delta, 0));
    expect(p1.onHand).toBe(await balance('15.71'));
    expect(old.items.map((m) => m.occurredOn).every((d) => d <= '2026-11-19')).toBe(true);
    expect(all.find((m) => m.type === 'TRANSFER')?.reversed).toBe(true);
    // the running balance: the newest entry leaves today's balance, each older one the balance
    // then, across pages; the oldest leaves exactly its own change; the recorder is named
    expect(p1.items[0].balanceAfter).toBe(await balance('15.71'));
    for (let i = 1; i < all.length; i++) expect(all[i].balanceAfter).toBe(all[i - 1].balanceAfter! - all[i - 1].delta);
    expect(all.at(-1)!.balanceAfter).toBe(all.at(-1)!.delta);
    expect(old.items[0].balanceAfter).toBe(old.onHand);
    expect(printed.items[0].balanceAfter).toBeNull();
    expect(all.every((m) => typeof m.recordedBy === 'string' || m.recordedBy === null)).toBe(true);
  });

  it('minimum and rebalancing', async () => {
    await setMinimum(KADIS_JAMBI, '15.71', 2500, h);
    const fig = (await getLocationStock(ADMIN, '15.71', undefined, h, NOW)).figures;
    expect(fig.minimum).toBe(2500);
    const rb = await getRebalancing(KADIS_JAMBI, '15', h, NOW);
    expect(rb.proposals.every((p) => p.quantity > 0)).toBe(true);
    expect((await refusal(getRebalancing(OP_KOTA_JAMBI, '15', h, NOW))).status).toBe(403);
  });

  it("a reversed PRINTED entry gives the cards back and lowers the day's use", async () => {
    const used = async () =>
      toNum(
        (
          await h.db
            .selectFrom('stock_daily')
            .select('used')
            .where('location_code', '=', '15.03')
            .where('day', '=', TODAY)
            .executeTakeFirst()
        )?.used,
      );
    const start = (await rec(ADMIN, '15.03', { type: 'RECEIPT', quantity: 500 })).body.onHand;
    const p = await rec(ADMIN, '15.03', { type: 'PRINTED', quantity: 90 });
    expect(await used()).toBe(90);
    const r = await rec(ADMIN, '15.03', { type: 'REVERSAL', reversesId: p.body.movement.id, note: 'salah input' });
    expect(r.body.movement).toMatchObject({
      type: 'REVERSAL',
      quantity: 90,
      delta: 90,
      reversesId: p.body.movement.id,
      note: 'salah input',
    });
    expect(r.body.onHand).toBe(start);
    expect(await used()).toBe(0);
    await consistent('15.03');
  });

  it('a distribution is undone at the warehouse by its head, not by the receiving officer', async () => {
    await rec(KADIS_JAMBI, '15', { type: 'RECEIPT', quantity: 1000 });
    const d = await rec(KADIS_JAMBI, '15', { type: 'DISTRIBUTION', quantity: 400, counterpartCode: '15.71' });
    expect(d.body.onHand).toBe(600);
    const received = await h.db
      .selectFrom('stock_movements')
      .select('id')
      .where('location_code', '=', '15.71')
      .where('type', '=', 'DISTRIBUTION')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(
      (await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'REVERSAL', reversesId: Number(received.id) }))).status,
    ).toBe(403);
    const kota = await balance('15.71');
    const r = await rec(KADIS_JAMBI, '15', { type: 'REVERSAL', reversesId: d.body.movement.id });
    expect(r.body.onHand).toBe(1000);
    expect(await balance('15.71')).toBe(kota - 400);
    const legs = await h.db
      .selectFrom('stock_movements')
      .select(['location_code', 'reverses_id'])
      .where('type', '=', 'REVERSAL')
      .where('reference', 'is', null)
      .execute();
    expect(legs.map((l) => Number(l.reverses_id))).toEqual(
      expect.arrayContaining([d.body.movement.id, Number(received.id)]),
    );
    for (const c of ['15', '15.71']) await consistent(c);
  });

  it('concurrent transfers both ways never deadlock or lose an update; one reversal wins', async () => {
    const a0 = (await rec(ADMIN, '15.05', { type: 'RECEIPT', quantity: 100 })).body.onHand;
    const b0 = (await rec(ADMIN, '15.06', { type: 'RECEIPT', quantity: 100 })).body.onHand;
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) =>
        i % 2
          ? rec(ADMIN, '15.05', { type: 'TRANSFER', quantity: 1, counterpartCode: '15.06' })
          : rec(ADMIN, '15.06', { type: 'TRANSFER', quantity: 1, counterpartCode: '15.05' }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await balance('15.05')).toBe(a0);
    expect(await balance('15.06')).toBe(b0);
    for (const c of ['15.05', '15.06']) await consistent(c);

    const t = await rec(ADMIN, '15.05', { type: 'TRANSFER', quantity: 10, counterpartCode: '15.06' });
    const tries = await Promise.allSettled(
      Array.from({ length: 10 }, () => rec(ADMIN, '15.05', { type: 'REVERSAL', reversesId: t.body.movement.id })),
    );
    expect(tries.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      tries.every((r) => r.status === 'fulfilled' || (r.reason instanceof ApiError && r.reason.status === 409)),
    ).toBe(true);
    expect(await balance('15.05')).toBe(a0);
    for (const c of ['15.05', '15.06']) await consistent(c);
  }, 60_000);
});
