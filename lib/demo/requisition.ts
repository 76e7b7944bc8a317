/** The demo's requisition (SPEC §17): Jambi asks for the first quarter of 2023 at the end of
 *  December 2022 and the ministry's 5 January 2023 shipment of 20,000 is booked against it. */
import { txHandle, type Db, type DbHandle } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { bookAgainstRequisition } from '@/lib/requisitions/book';
import { computeDraft, insertRequisition } from '@/lib/requisitions/queries';

/** Jambi's ~68,000 potential first-time voters of the February 2024 elections need a card during
 *  2023: spread evenly over its four quarters, a quarter's cohort is 68,000 × 3/12 = 17,000. */
export const JAMBI_FIRST_TIME_VOTERS = 68_000;
export const DEMO_COHORT_Q1_2023 = (JAMBI_FIRST_TIME_VOTERS * 3) / 12;
export const DEMO_FIGURES_ON = '2022-12-27';
const DRAFTED_AT = '2022-12-27T03:00:00.000Z'; // 10:00 WIB
const SUBMITTED_AT = '2022-12-28T02:00:00.000Z'; // 09:00 WIB
const SHIPMENT_DAY = '2023-01-05';

/** Writes the requisition in the seed's transaction `tx` and books the 5 January receipt (the
 *  receipt row itself is unchanged except for its requisition_id). Returns its id, or null when
 *  the history does not reach the shipment. */
export async function seedDemoRequisition(h: DbHandle, tx: Db, head: Actor, now: Date): Promise<number | null> {
  const receipt = await tx
    .selectFrom('stock_movements')
    .select(['id', 'quantity', 'created_at'])
    .where('location_code', '=', '15')
    .where('type', '=', 'RECEIPT')
    .where('occurred_on', '=', SHIPMENT_DAY)
    .executeTakeFirst();
  if (!receipt) return null;
  const th = txHandle(h, tx);
  // figures read as the head saw them: the reading is the stock domain's (admin reach), the
  // requisition is the head's
  const d = await computeDraft(
    { ...head, role: 'ADMIN', scopeCode: null },
    '15',
    { months: 3, cohort: { total: DEMO_COHORT_Q1_2023 } },
    th,
    now,
    DEMO_FIGURES_ON,
  );
  d.row.created_by = head.id;
  const id = await insertRequisition(tx, d, DRAFTED_AT, {
    state: 'SUBMITTED',
    submitted_at: SUBMITTED_AT,
    updated_at: SUBMITTED_AT,
  });
  await tx.updateTable('stock_movements').set({ requisition_id: id }).where('id', '=', receipt.id).execute();
  await bookAgainstRequisition(tx, id, '15', Number(receipt.quantity), receipt.created_at);
  return id;
}
