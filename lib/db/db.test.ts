import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { audit } from '@/lib/auditlog/write';
import { writeTx } from '@/lib/db';

describe.each(DB_KINDS)('database foundation on %s', (kind) => {
  const h = useFreshDb(kind);

  it('reports its kind and answers a query', async () => {
    expect(h.kind).toBe(kind);
    const r = await sql<{ one: number }>`select 1 as one`.execute(h.db);
    expect(Number(r.rows[0].one)).toBe(1);
  });

  it('keeps the audit log append-only: update and delete are refused', async () => {
    await audit(h.db, { actorId: 1, actorUsername: 'admin', action: 'test.change', scopeCode: '15', before: { a: 1 }, after: { a: 2 } });
    const row = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'test.change').executeTakeFirstOrThrow();
    expect(JSON.parse(row.after_json!)).toEqual({ a: 2 });
    await expect(h.db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(h.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const n = await h.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });

  it('rolls back a write transaction as a whole and never lets a balance go negative', async () => {
    await h.db
      .insertInto('stock_balances')
      .values({ location_code: '15.71', item: 'BLANGKO_KTP_EL', on_hand: 5, minimum: 2000, last_movement_at: null })
      .execute();
    await expect(
      writeTx(h, async (tx) => {
        await tx.updateTable('stock_balances').set({ minimum: 100 }).where('location_code', '=', '15.71').execute();
        await tx.updateTable('stock_balances').set({ on_hand: -1 }).where('location_code', '=', '15.71').execute();
      }),
    ).rejects.toThrow();
    const b = await h.db.selectFrom('stock_balances').selectAll().executeTakeFirstOrThrow();
    expect(Number(b.on_hand)).toBe(5);
    expect(Number(b.minimum)).toBe(2000);
  });
});
