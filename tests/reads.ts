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

/** A location's balance (of `item` when given; else its first row, as a location holds only blanks). */
export async function onHandOf(h: DbHandle, code: string, item?: string): Promise<number> {
  let q = h.db.selectFrom('stock_balances').select('on_hand').where('location_code', '=', code);
  if (item) q = q.where('item', '=', item);
  return Number((await q.executeTakeFirst())?.on_hand ?? 0);
}

/** The sum of a location's ledger deltas (the balance the ledger implies). */
export async function ledgerSumOf(h: DbHandle, code: string): Promise<number> {
  const r = await h.db
    .selectFrom('stock_movements')
    .select((eb) => eb.fn.sum<number>('delta').as('s'))
    .where('location_code', '=', code)
    .executeTakeFirst();
  return toNum(r?.s);
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
