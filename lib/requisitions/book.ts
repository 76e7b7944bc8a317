/** A province RECEIPT booked against a requisition (SPEC §17), inside the movement's own
 *  transaction: one conditional UPDATE adds the quantity to `received` and moves the state, so
 *  concurrent receipts never lose one (PostgreSQL's row lock, SQLite's single writer) and
 *  `received` always equals the sum of the receipts that name the requisition. */
import { sql } from 'kysely';
import type { Db } from '@/lib/db';
import { ApiError, errors } from '@/lib/api/errors';
import { ITEM_BLANGKO } from '@/lib/stock/rules';

const OPEN = ['SUBMITTED', 'PARTIALLY_FILLED', 'FILLED'];

/** Adds `delta` (a receipt's quantity, or minus it for the receipt's reversal) to requisition
 *  `id` of province `provinceCode`; refuses a requisition of another province or item (422), a
 *  draft or a cancelled one (409). */
export async function bookAgainstRequisition(
  tx: Db,
  id: number,
  provinceCode: string,
  delta: number,
  at: string,
): Promise<{ received: number; state: string }> {
  const after = sql<number>`received + ${delta}`;
  const filled = sql<boolean>`(${after} > 0 AND ${after} >= total)`;
  const row = await tx
    .updateTable('requisitions')
    .set({
      received: after,
      state: sql<string>`CASE WHEN ${filled} THEN 'FILLED' WHEN ${after} > 0 THEN 'PARTIALLY_FILLED' ELSE 'SUBMITTED' END`,
      filled_at: sql<string | null>`CASE WHEN ${filled} THEN coalesce(filled_at, ${at}) ELSE NULL END`,
      updated_at: at,
    })
    .where('id', '=', id)
    .where('province_code', '=', provinceCode)
    .where('item', '=', ITEM_BLANGKO)
    .where('state', 'in', OPEN)
    .returning(['received', 'state'])
    .executeTakeFirst();
  if (row) return { received: Number(row.received), state: row.state };
  const cur = await tx
    .selectFrom('requisitions')
    .select(['state', 'province_code', 'item'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!cur || cur.province_code !== provinceCode || cur.item !== ITEM_BLANGKO)
    throw errors.validation({
      requisitionId: {
        id: 'Permintaan tidak ditemukan untuk provinsi dan barang ini.',
        en: 'No such requisition for this province and item.',
      },
    });
  throw new ApiError(
    'CONFLICT',
    cur.state === 'CANCELLED'
      ? { id: 'Permintaan ini sudah dibatalkan.', en: 'This requisition was cancelled.' }
      : {
          id: 'Permintaan ini masih draf: ajukan dulu sebelum mencatat kiriman terhadapnya.',
          en: 'This requisition is still a draft: submit it before booking a shipment against it.',
        },
  );
}
