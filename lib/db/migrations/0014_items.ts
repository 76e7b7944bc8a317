/** SPEC §16: the items of the ledger are data, so adding one later is one row. The ledger's
 *  tables already key every row by item (0001); this is the list they refer to, with each
 *  item's unit and the minimum a regency gets until a head sets another. */
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('items')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_id', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('unit_en', 'text', (c) => c.notNull())
    .addColumn('default_minimum', 'integer', (c) => c.notNull().check(sql`default_minimum >= 0`))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db
    .insertInto('items')
    .values(
      [
        ['BLANGKO_KTP_EL', 'Blangko KTP-el', 'e-KTP blank', 'keping', 'cards', 2000, 1],
        ['BLANGKO_KIA', 'Blangko KIA', 'Child identity card (KIA) blank', 'keping', 'cards', 500, 2],
        ['RIBBON', 'Pita printer (ribbon)', 'Printer ribbon', 'roll', 'rolls', 5, 3],
        ['FILM', 'Film retransfer', 'Retransfer film', 'roll', 'rolls', 5, 4],
      ].map(([code, name_id, name_en, unit, unit_en, default_minimum, sort_order]) => ({
        code,
        name_id,
        name_en,
        unit,
        unit_en,
        default_minimum,
        sort_order,
      })),
    )
    .execute();
}
