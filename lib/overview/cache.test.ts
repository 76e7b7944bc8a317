import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DB_KINDS, freshDb, type TestDb } from '@/tests/db';
import { openDb, type DbHandle } from '@/lib/db';
import { seedBase } from '@/lib/db/seed';
import type { Actor } from '@/lib/auth/permissions';
import { getOverview } from './queries';
import { dataVersion } from './cache';
import { ADMIN } from '@/tests/actors';

const admin = ADMIN;
const kadisJambi: Actor = { ...admin, id: 2, username: 'kadis.jambi', role: 'PROVINCE_HEAD', scopeCode: '15' };
const item = 'BLANGKO_KTP_EL';
const now = new Date('2026-11-21T05:00:00Z');

describe.each(DB_KINDS)('overview cache (%s)', (kind) => {
  let h: TestDb;
  let other: DbHandle; // a second app instance on the same database
  beforeAll(async () => {
    h = await freshDb(kind);
    await seedBase(h);
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
  afterAll(async () => {
    await other?.close();
    await h?.drop();
  });

  it('answers the same figures twice and sees writes made through this instance', async () => {
    const a = await getOverview(admin, { scope: '15' }, h, now);
    const b = await getOverview(admin, { scope: '15' }, h, now);
    expect(b).toEqual(a);
    expect(a.stock.onHand).toBe(2500);
    await h.db.updateTable('stock_balances').set({ on_hand: 2400 }).where('location_code', '=', '15.71').execute();
    expect((await getOverview(admin, { scope: '15' }, h, now)).stock.onHand).toBe(2400);
  });

  it('sees writes committed by another instance on the same database', async () => {
    expect((await getOverview(admin, { scope: '15.71' }, h, now)).stock.onHand).toBe(2400);
    await other.db.updateTable('stock_balances').set({ on_hand: 1900 }).where('location_code', '=', '15.71').execute();
    const o = await getOverview(admin, { scope: '15.71' }, h, now);
    expect(o.stock.onHand).toBe(1900);
    expect(o.stock.belowMinimum).toBe(1);
  });

  it('keys by day and filters drill-down rows for each caller', async () => {
    const today = await getOverview(admin, { scope: 'national' }, h, now);
    const past = await getOverview(admin, { scope: 'national', asOf: '2026-01-01' }, h, now);
    expect(today.asOf).toBeNull();
    expect(past.asOf).toBe('2026-01-01');
    const head = await getOverview(kadisJambi, { scope: '15' }, h, now);
    const full = await getOverview(admin, { scope: '15' }, h, now);
    expect(head.children.map((c) => c.code)).toEqual(full.children.map((c) => c.code));
    expect(today.children.length).toBe(38);
  });

  it('gives a new version after every committed write, and none while a write is uncommitted', async () => {
    const v1 = await dataVersion(h);
    expect(v1).not.toBeNull();
    expect(await dataVersion(h)).toBe(v1);
    if (kind === 'postgres') {
      // a writer on another connection that has not committed yet
      await other.db.connection().execute(async (conn) => {
        await sql`BEGIN`.execute(conn);
        await conn.updateTable('stock_balances').set({ on_hand: 1800 }).where('location_code', '=', '15.71').execute();
        expect(await dataVersion(h)).toBeNull();
        expect((await getOverview(admin, { scope: '15.71' }, h, now)).stock.onHand).toBe(1900);
        await sql`COMMIT`.execute(conn);
      });
    } else {
      await other.db
        .updateTable('stock_balances')
        .set({ on_hand: 1800 })
        .where('location_code', '=', '15.71')
        .execute();
    }
    const v2 = await dataVersion(h);
    expect(v2).not.toBeNull();
    expect(v2).not.toBe(v1);
    expect((await getOverview(admin, { scope: '15.71' }, h, now)).stock.onHand).toBe(1800);
  });
});
