import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // A movement can be reversed once: two reversals of one entry cannot both commit.
  await db.schema
    .createIndex('stock_movements_reverses_unique')
    .on('stock_movements')
    .column('reverses_id')
    .unique()
    .execute();
}
