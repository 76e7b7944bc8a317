/** Month close (SPEC §14): one row per regency and month once it left OPEN (or was locked
 *  against a racing submit: lib/periods/lock.ts); anomalies flagged when written; what each
 *  user saw when they last opened the alerts page. */
import type { Kysely } from 'kysely';
import type { DbKind } from '../index';
import { identityColumn } from './_columns';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, kind: DbKind): Promise<void> {
  const id = identityColumn(kind);
  await db.schema
    .createTable('periods')
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('by_id', 'integer')
    .addColumn('by_username', 'text')
    .addColumn('by_name', 'text')
    .addColumn('at', 'text')
    .addColumn('note', 'text')
    .addColumn('submitted_at', 'text')
    .addPrimaryKeyConstraint('periods_pk', ['regency_code', 'month'])
    .execute();
  await db.schema.createIndex('periods_state').on('periods').columns(['state', 'regency_code']).execute();
  await id(db.schema.createTable('anomalies'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('movement_id', 'integer')
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('reference_value', kind === 'postgres' ? 'double precision' : 'real', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'text')
    .addColumn('checked_by', 'text')
    .addColumn('check_note', 'text')
    .execute();
  await db.schema.createIndex('anomalies_open').on('anomalies').columns(['checked_at', 'regency_code']).execute();
  await db.schema.createIndex('anomalies_movement').on('anomalies').columns(['movement_id']).execute();
  await db.schema.createIndex('anomalies_day').on('anomalies').columns(['regency_code', 'day']).execute();
  await db.schema
    .createTable('alerts_seen')
    .addColumn('user_id', 'integer', (c) => c.primaryKey())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addColumn('ids_json', 'text', (c) => c.notNull())
    .execute();
}
