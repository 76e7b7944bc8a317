import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { openDb, writeTx, type DbHandle } from '@/lib/db';
import { seedBase } from '@/lib/demo/seed';
import { getOverview } from './queries';
import { dataVersions } from './cache';
import { ADMIN, KADIS_JAMBI } from '@/tests/actors';
import { addJambiOffice } from '@/tests/offices';

const item = 'BLANGKO_KTP_EL';
const now = new Date('2026-11-21T05:00:00Z');

describe.each(DB_KINDS)('overview cache (%s)', (kind) => {
  const h = useFreshDb(kind, seedBase);
  let other: DbHandle; // a second app instance on the same database
  beforeAll(async () => {
    await h.db
      .insertInto('stock_balances')
      .values({
        location_code: '15.71',
        item,
        on_hand: 2500,
        minimum: 2000,
        last_movement_at: '2026-11-21T03:00:00.000Z',
      })
      .execute();
    other = await openDb(h.url);
  });
  afterAll(async () => other?.close());

  it('answers the same figures twice and sees writes made through this instance', async () => {
    const a = await getOverview(ADMIN, { scope: '15' }, h, now);
    const b = await getOverview(ADMIN, { scope: '15' }, h, now);
    expect(b).toEqual(a);
    expect(a.stock.onHand).toBe(2500);
    await h.db.updateTable('stock_balances').set({ on_hand: 2400 }).where('location_code', '=', '15.71').execute();
    expect((await getOverview(ADMIN, { scope: '15' }, h, now)).stock.onHand).toBe(2400);
  });

  it('sees writes committed by another instance on the same database', async () => {
    expect((await getOverview(ADMIN, { scope: '15.71' }, h, now)).stock.onHand).toBe(2400);
    await other.db.updateTable('stock_balances').set({ on_hand: 1900 }).where('location_code', '=', '15.71').execute();
    const o = await getOverview(ADMIN, { scope: '15.71' }, h, now);
    expect(o.stock.onHand).toBe(1900);
    expect(o.stock.belowMinimum).toBe(1);
  });

  it('keys by day and filters drill-down rows for each caller', async () => {
    const today = await getOverview(ADMIN, { scope: 'national' }, h, now);
    const past = await getOverview(ADMIN, { scope: 'national', asOf: '2026-01-01' }, h, now);
    expect(today.asOf).toBeNull();
    expect(past.asOf).toBe('2026-01-01');
    const head = await getOverview(KADIS_JAMBI, { scope: '15' }, h, now);
    const full = await getOverview(ADMIN, { scope: '15' }, h, now);
    expect(head.children.map((c) => c.code)).toEqual(full.children.map((c) => c.code));
    expect(today.children.length).toBe(38);
  });

  const n = (v: string | null) => Number(v!.split(':')[1]);

  it('gives a new version with every committed write, and the old one until the writer commits', async () => {
    const v1 = await dataVersions(h);
    expect(v1.stock).not.toBeNull();
    expect(await dataVersions(h)).toEqual(v1);
    // a writer on another instance that has not committed yet: readers keep the old version and
    // the old figures (which they may cache under it), then see both change at its commit
    await writeTx(other, async (tx) => {
      await tx.updateTable('stock_balances').set({ on_hand: 1800 }).where('location_code', '=', '15.71').execute();
      if (kind === 'postgres') {
        expect(await dataVersions(h)).toEqual(v1);
        expect((await getOverview(ADMIN, { scope: '15.71' }, h, now)).stock.onHand).toBe(1900);
      }
      // a second statement of the same transaction
      await tx.updateTable('stock_balances').set({ minimum: 2000 }).where('location_code', '=', '15.71').execute();
    });
    const v2 = await dataVersions(h);
    expect(n(v2.stock)).toBe(n(v1.stock) + (kind === 'postgres' ? 1 : 2)); // per transaction / per row
    expect(v2.ikd).toBe(v1.ikd);
    expect(v2.queue).toBe(v1.queue);
    expect((await getOverview(ADMIN, { scope: '15.71' }, h, now)).stock.onHand).toBe(1800);
    if (kind === 'postgres') {
      // the one version that instances from before migration 0009 read
      const legacy = await sql<{ v: number }>`SELECT pantau_data_version() AS v`.execute(h.db);
      expect(Number(legacy.rows[0].v)).toBe(n(v2.stock) + n(v2.ikd) + n(v2.queue));
    }
  });

  it('a rolled-back write changes no version; a write to two domains changes both', async () => {
    const v1 = await dataVersions(h);
    await expect(
      writeTx(other, async (tx) => {
        await tx.updateTable('stock_balances').set({ on_hand: 5 }).where('location_code', '=', '15.71').execute();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await dataVersions(h)).toEqual(v1);
    await writeTx(other, async (tx) => {
      await tx.updateTable('stock_balances').set({ minimum: 2000 }).where('location_code', '=', '15.71').execute();
      await tx.insertInto('ikd_targets').values({ scope_code: '15.71', year: 2031, percent: 40 }).execute();
    });
    const v2 = await dataVersions(h);
    expect(n(v2.stock)).toBe(n(v1.stock) + 1);
    expect(n(v2.ikd)).toBe(n(v1.ikd) + 1);
    expect(v2.queue).toBe(v1.queue);
  });

  it('concurrent writers of one domain each bump it once, without deadlock', async () => {
    const v1 = await dataVersions(h);
    // 20 transactions at once, each writing stock and then IKD, and 20 writing IKD and then stock
    // (PostgreSQL bumps once per transaction, SQLite once per row: one row each here)
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        // (SQLite: one handle, as one process has; its writers queue for the one connection)
        writeTx(i % 2 && kind === 'postgres' ? other : h, async (tx) => {
          const stock = () =>
            tx.updateTable('stock_balances').set({ minimum: 2000 }).where('location_code', '=', '15.71').execute();
          const ikd = () =>
            tx
              .insertInto('ikd_targets')
              .values({ scope_code: '15.71', year: 3000 + i, percent: 30 })
              .execute();
          if (i < 20) {
            await stock();
            await ikd();
          } else {
            await ikd();
            await stock();
          }
        }),
      ),
    );
    const v2 = await dataVersions(h);
    expect(n(v2.stock)).toBe(n(v1.stock) + 40);
    expect(n(v2.ikd)).toBe(n(v1.ikd) + 40);
  });

  it('a ticket changes only the queue version, and the cached overview shows it with the same stock', async () => {
    const office = { id: await addJambiOffice(h.db) };
    const before = await getOverview(ADMIN, { scope: '15' }, h, now);
    expect(before.queue.offices).toBe(1);
    expect(before.queue.waiting).toBe(0);
    const v1 = await dataVersions(h);
    const ticket = (number: number) => ({
      office_id: office.id,
      service: 'I',
      day: '2026-11-21',
      number,
      code: `I-${String(number).padStart(3, '0')}`,
      status: 'WAITING',
      issued_at: '2026-11-21T04:00:00.000Z',
      called_at: null,
      done_at: null,
      counter_id: null,
    });
    // through the other instance: this one learns of it from the database alone
    await other.db
      .insertInto('tickets')
      .values([ticket(1), ticket(2)])
      .execute();
    const v2 = await dataVersions(h);
    expect(v2.queue).not.toBe(v1.queue);
    expect(v2.stock).toBe(v1.stock);
    expect(v2.ikd).toBe(v1.ikd);
    const after = await getOverview(ADMIN, { scope: '15' }, h, now);
    expect(after.queue.waiting).toBe(2);
    expect(after.children.find((c) => c.code === '15.71')!.queue.waiting).toBe(2);
    expect(after.children.find((c) => c.code === '15.01')!.queue.waiting).toBe(0);
    expect(after.stock).toEqual(before.stock);
    expect(after.ikd).toEqual(before.ikd);
    // and a stock write after it is seen with the queue figures kept
    await other.db.updateTable('stock_balances').set({ on_hand: 1700 }).where('location_code', '=', '15.71').execute();
    const third = await getOverview(ADMIN, { scope: '15' }, h, now);
    expect(third.stock.onHand).toBe(1700);
    expect(third.queue.waiting).toBe(2);
  });
});
