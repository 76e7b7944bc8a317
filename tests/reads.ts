import type { DbHandle } from '@/lib/db';
import { toNum } from '@/lib/db';
import type { Database } from '@/lib/db/schema';

/** What data tests read back to check a write: one function each, on the test's database. */

/** Rows in a table. */
export async function rowCount(h: DbHandle, table: keyof Database): Promise<number> {
  const r = await h.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The audit log's entries of `action`, oldest first. */
export function auditEntries(h: DbHandle, action: string) {
  return h.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

/** A location's balance (of `item` when given; else its first row, as a location holds only blanks). */
export async function onHandOf(h: DbHandle, code: string, item?: string): Promise<number> {
  let q = h.db.selectFrom('stock_balances').select('on_hand').where('location_code', '=', code);
  if (item) q = q.where('item', '=', item);
  return Number((await q.executeTakeFirst())?.on_hand ?? 0);
}

/** The sum of the deltas of the rows of `table` whose `column` is `value` (of `item` when given):
 *  the balance a location's ledger or daily figures imply, or what a requisition booked. */
export async function deltaSumOf(
  h: DbHandle,
  table: 'stock_movements' | 'stock_daily',
  column: 'location_code' | 'requisition_id',
  value: string | number,
  item?: string,
): Promise<number> {
  let q = h.db
    .selectFrom(table)
    .select((eb) => eb.fn.sum<number>('delta').as('s'))
    .where(h.db.dynamic.ref(column), '=', value);
  if (item) q = q.where('item', '=', item);
  return toNum((await q.executeTakeFirst())?.s);
}

/** The sum of a location's ledger deltas (the balance the ledger implies). */
export function ledgerSumOf(h: DbHandle, code: string): Promise<number> {
  return deltaSumOf(h, 'stock_movements', 'location_code', code);
}

/** A regency's IKD month total (ikd_month_totals). */
export async function monthTotalOf(h: DbHandle, code: string, month: string): Promise<number> {
  const r = await h.db
    .selectFrom('ikd_month_totals')
    .select('total')
    .where('regency_code', '=', code)
    .where('month', '=', month)
    .executeTakeFirst();
  return Number(r?.total ?? 0);
}
