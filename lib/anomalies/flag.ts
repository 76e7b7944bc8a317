/** Anomalies flagged when an entry is written (SPEC §14): called by the writers inside their
 *  own transaction after the entry, so the entry and its mark commit together. The entry is
 *  always written; the mark stays until a head checks it (lib/anomalies/anomalies.ts). */
import type { Selectable } from 'kysely';
import { nowIso, toNum, type Db } from '@/lib/db';
import type { StockMovementTable } from '@/lib/db/schema';
import { addDays } from '@/lib/time';
import { adjustmentSwing, ikdPastWajib, ikdSpike, printedSpike, WINDOW_DAYS, type AnomalyRule } from './rules';

/** Where a mark points: the regency and day of the entry, and the movement (none for an IKD day). */
interface Entry {
  code: string;
  day: string;
  movementId: number | null;
}

async function insert(tx: Db, rule: AnomalyRule, entry: Entry, value: number, reference: number) {
  await tx
    .insertInto('anomalies')
    .values({
      rule,
      regency_code: entry.code,
      day: entry.day,
      movement_id: entry.movementId,
      value,
      reference_value: reference,
      created_at: nowIso(),
      checked_at: null,
      checked_by: null,
      check_note: null,
    })
    .execute();
}

/** A PRINTED/SPOILED movement far above the 30-day use, or an ADJUSTMENT that moves the balance
 *  by more than 20 % and 200 cards. */
export async function flagMovement(tx: Db, m: Selectable<StockMovementTable>): Promise<void> {
  const quantity = Number(m.quantity);
  const entry: Entry = { code: m.location_code, day: m.occurred_on, movementId: Number(m.id) };
  if (m.type === 'PRINTED' || m.type === 'SPOILED') {
    const row = await tx
      .selectFrom('stock_daily')
      .select((eb) => eb.fn.sum<number>('used').as('used'))
      .where('location_code', '=', m.location_code)
      .where('item', '=', m.item)
      .where('day', '>=', addDays(m.occurred_on, -WINDOW_DAYS))
      .where('day', '<', m.occurred_on)
      .executeTakeFirst();
    const used = Math.max(0, toNum(row?.used));
    if (printedSpike(quantity, used)) await insert(tx, 'USE_SPIKE', entry, quantity, used / WINDOW_DAYS);
  } else if (m.type === 'ADJUSTMENT' && m.counted_on_hand !== null) {
    const after = Number(m.counted_on_hand);
    const before = after - Number(m.delta);
    if (adjustmentSwing(before, after)) await insert(tx, 'ADJUSTMENT_SWING', entry, after, before);
  }
}

/** An IKD day far above the 30 days before it, or one that takes the regency past its wajib
 *  KTP. A day entered again replaces its marks not yet checked. `change`: new total − old. */
export async function flagIkdDay(
  tx: Db,
  regencyCode: string,
  day: string,
  total: number,
  change: number,
  wajibKtp: number,
): Promise<void> {
  await tx
    .deleteFrom('anomalies')
    .where('regency_code', '=', regencyCode)
    .where('day', '=', day)
    .where('movement_id', 'is', null)
    .where('checked_at', 'is', null)
    .execute();
  if (total === 0) return;
  const [window, all, baseline] = await Promise.all([
    tx
      .selectFrom('ikd_daily')
      .select((eb) => eb.fn.sum<number>('count').as('n'))
      .where('regency_code', '=', regencyCode)
      .where('day', '>=', addDays(day, -WINDOW_DAYS))
      .where('day', '<', day)
      .executeTakeFirst(),
    tx.selectFrom('ikd_regency_totals').select('total').where('regency_code', '=', regencyCode).executeTakeFirst(),
    tx.selectFrom('ikd_baselines').select('activations').where('regency_code', '=', regencyCode).executeTakeFirst(),
  ]);
  const entry: Entry = { code: regencyCode, day, movementId: null };
  const sumBefore = toNum(window?.n);
  if (ikdSpike(total, sumBefore)) await insert(tx, 'IKD_SPIKE', entry, total, sumBefore / WINDOW_DAYS);
  const after = toNum(all?.total) + toNum(baseline?.activations);
  if (ikdPastWajib(after - change, after, wajibKtp)) await insert(tx, 'IKD_PAST_WAJIB', entry, after, wajibKtp);
}
