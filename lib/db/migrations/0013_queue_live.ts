import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // SPEC §13: an office's own daily quota per service; without a row the quota is the
  // capacity of the open counters serving the service
  await db.schema
    .createTable('office_service_quotas')
    .ifNotExists()
    .addColumn('office_id', 'integer', (c) => c.notNull().references('offices.id').onDelete('cascade'))
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('daily_quota', 'integer', (c) => c.notNull().check(sql`daily_quota >= 0`))
    .addPrimaryKeyConstraint('office_service_quotas_pk', ['office_id', 'service'])
    .execute();
}
