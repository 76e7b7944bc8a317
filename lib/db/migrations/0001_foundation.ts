/** The foundation: regions, users and sign-in attempts, the append-only audit log
 *  (refused by triggers), the stock ledger and its balances and days, idempotency keys, the IKD
 *  figures, and the offices, counters and tickets of the queue. */
import { sql, type Kysely } from 'kysely';
import type { DbKind } from '../index';
import { identityColumn } from './_columns';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, kind: DbKind): Promise<void> {
  const id = identityColumn(kind);
  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('regions_parent').on('regions').columns(['parent_code']).execute();

  await id(db.schema.createTable('users'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('scope_code', 'text')
    .addColumn('office_id', 'integer')
    .addColumn('counter_id', 'integer')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('login_attempts'))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('success', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempts_user_at').on('login_attempts').columns(['username', 'at']).execute();

  await id(db.schema.createTable('audit_log'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_username', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('scope_code', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at']).execute();
  if (kind === 'postgres') {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }

  await db.schema
    .createTable('stock_balances')
    .addColumn('location_code', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('on_hand', 'integer', (c) => c.notNull().check(sql`on_hand >= 0`))
    .addColumn('minimum', 'integer', (c) => c.notNull())
    .addColumn('last_movement_at', 'text')
    .addPrimaryKeyConstraint('stock_balances_pk', ['location_code', 'item'])
    .execute();

  await id(db.schema.createTable('stock_movements'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('location_code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('note', 'text')
    .addColumn('counterpart_code', 'text')
    .addColumn('counted_on_hand', 'integer')
    .addColumn('reverses_id', 'integer')
    .addColumn('actor_id', 'integer')
    .execute();
  await db.schema
    .createIndex('stock_movements_loc')
    .on('stock_movements')
    .columns(['location_code', 'item', 'occurred_on', 'id'])
    .execute();

  await db.schema
    .createTable('stock_daily')
    .addColumn('location_code', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stock_daily_pk', ['location_code', 'item', 'day'])
    .execute();
  await db.schema.createIndex('stock_daily_day').on('stock_daily').columns(['item', 'day']).execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('actor_id', 'integer', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('response_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['actor_id', 'key'])
    .execute();

  await db.schema
    .createTable('ikd_population')
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('wajib_ktp', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ikd_population_pk', ['regency_code', 'valid_from'])
    .execute();
  await db.schema
    .createTable('ikd_baselines')
    .addColumn('regency_code', 'text', (c) => c.primaryKey())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('activations', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ikd_daily')
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().check(sql`count >= 0`))
    .addPrimaryKeyConstraint('ikd_daily_pk', ['regency_code', 'day', 'segment', 'channel'])
    .execute();
  await db.schema.createIndex('ikd_daily_day').on('ikd_daily').columns(['day', 'regency_code']).execute();
  await db.schema
    .createTable('ikd_month_totals')
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ikd_month_totals_pk', ['regency_code', 'month'])
    .execute();
  await db.schema
    .createTable('ikd_targets')
    .addColumn('scope_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('percent', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('ikd_targets_pk', ['scope_code', 'year'])
    .execute();
  await id(db.schema.createTable('ikd_campaigns'))
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('planned', 'integer', (c) => c.notNull())
    .addColumn('achieved', 'integer')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('offices'))
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('offices_regency').on('offices').columns(['regency_code']).execute();
  await db.schema.createIndex('offices_province').on('offices').columns(['province_code']).execute();
  await id(db.schema.createTable('counters'))
    .addColumn('office_id', 'integer', (c) => c.notNull().references('offices.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('is_open', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('counters_office').on('counters').columns(['office_id']).execute();
  await db.schema
    .createTable('ticket_sequences')
    .addColumn('office_id', 'integer', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_sequences_pk', ['office_id', 'service', 'day'])
    .execute();
  await id(db.schema.createTable('tickets'))
    .addColumn('office_id', 'integer', (c) => c.notNull().references('offices.id'))
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('called_at', 'text')
    .addColumn('done_at', 'text')
    .addColumn('counter_id', 'integer')
    .addUniqueConstraint('tickets_number_unique', ['office_id', 'service', 'day', 'number'])
    .execute();
  await db.schema.createIndex('tickets_office_day').on('tickets').columns(['office_id', 'day', 'status']).execute();
}
