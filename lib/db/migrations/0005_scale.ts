/** National scale (issue 7). Computed overviews are cached per data version
 *  (lib/overview/cache.ts). On PostgreSQL every statement that writes a data table bumps the
 *  sequence pantau_data_version_seq and holds a shared advisory lock until its transaction
 *  ends; pantau_data_version() gives the sequence value only while no writer holds that lock,
 *  so a version is never handed out before the writes that bumped it are visible. Writers
 *  never wait for each other (shared locks, a non-transactional sequence). SQLite needs no
 *  schema for this: it has PRAGMA data_version and total_changes(). */
import { sql, type Kysely } from 'kysely';
import type { DbKind } from '../index';

/** Advisory lock key ("pant") held shared by every writer of a versioned table. */
const DATA_VERSION_LOCK = 0x70616e74;
/** Tables whose writes change computed figures (overview, IKD, stock, queue), as of this
 *  migration; 0009_domain_versions drops the triggers made here on the same tables. */
const VERSIONED_TABLES = [
  'regions',
  'stock_balances',
  'stock_movements',
  'stock_daily',
  'ikd_population',
  'ikd_baselines',
  'ikd_daily',
  'ikd_month_totals',
  'ikd_targets',
  'ikd_campaigns',
  'offices',
  'counters',
  'ticket_sequences',
  'tickets',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, kind: DbKind): Promise<void> {
  // Today's tickets of every office in one range (the national overview and queue read
  // them by day; the (office_id, day) index made that one probe per office), and counter
  // figures per office from the index alone.
  await db.schema.createIndex('tickets_day_office').on('tickets').columns(['day', 'office_id', 'status']).execute();
  await db.schema
    .createIndex('counters_office_open')
    .on('counters')
    .columns(['office_id', 'is_open', 'capacity'])
    .execute();
  if (kind !== 'postgres') return;
  await sql`CREATE SEQUENCE pantau_data_version_seq`.execute(db);
  await sql`CREATE FUNCTION pantau_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock_shared(${sql.lit(DATA_VERSION_LOCK)});
      PERFORM nextval('pantau_data_version_seq');
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE FUNCTION pantau_data_version() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
    DECLARE v bigint;
    BEGIN
      SELECT last_value INTO v FROM pantau_data_version_seq;
      IF EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = 0
          AND objid = ${sql.lit(DATA_VERSION_LOCK)} AND objsubid = 1
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) THEN
        RETURN NULL;
      END IF;
      RETURN v;
    END $$`.execute(db);
  for (const table of VERSIONED_TABLES) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_data_version`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON ${sql.table(table)} FOR EACH STATEMENT EXECUTE FUNCTION pantau_bump_data_version()`.execute(db);
  }
}
