/** (IF NOT EXISTS: a development version of 0006 created these on some bench databases) */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Stock as of a past day subtracts the movements after it (lib/overview/queries.ts):
  // answered from the index alone instead of one table lookup per day and location.
  await db.schema
    .createIndex('stock_daily_day_delta')
    .ifNotExists()
    .on('stock_daily')
    .columns(['item', 'day', 'location_code', 'delta'])
    .execute();
  await db.schema.dropIndex('stock_daily_day').ifExists().execute();
  // a regency's campaigns, newest first (the IKD regency page)
  await db.schema
    .createIndex('ikd_campaigns_regency_day')
    .ifNotExists()
    .on('ikd_campaigns')
    .columns(['regency_code', 'day', 'id'])
    .execute();
}
