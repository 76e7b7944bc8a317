import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // the latest call or recall of a ticket (the display board orders by it); called_at
  // stays the first call, which the wait figures of SPEC §6 measure
  await db.schema.alterTable('tickets').addColumn('last_called_at', 'text').execute();
  // bumped by every queue write of the office (tickets, counters, the office itself), so
  // readers can tell cheaply whether the office's figures changed (lib/queue/figures.ts)
  await db.schema
    .alterTable('offices')
    .addColumn('queue_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('tickets_office_day_called')
    .on('tickets')
    .columns(['office_id', 'day', 'last_called_at'])
    .execute();
}
