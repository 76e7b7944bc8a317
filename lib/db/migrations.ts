import { sql, type Kysely, type Migration, type MigrationProvider, type RawBuilder } from 'kysely';
import type { DbKind } from './index';

/** Advisory lock key ("pant") held shared by every writer of a versioned table (0005_scale). */
const DATA_VERSION_LOCK = 0x70616e74;
/** Tables whose writes change computed figures (overview, IKD, stock, queue). */
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

/** The domains of cached figures, each with its own data version (0009_domain_versions). */
export const DOMAINS = ['stock', 'ikd', 'queue'] as const;
export type Domain = (typeof DOMAINS)[number];
/** Which domains a write to each table changes. */
const TABLE_DOMAINS: Record<string, readonly Domain[]> = {
  regions: DOMAINS,
  stock_balances: ['stock'],
  stock_movements: ['stock'],
  stock_daily: ['stock'],
  ikd_population: ['ikd'],
  ikd_baselines: ['ikd'],
  ikd_daily: ['ikd'],
  ikd_month_totals: ['ikd'],
  ikd_targets: ['ikd'],
  ikd_campaigns: ['ikd'],
  offices: ['queue'],
  counters: ['queue'],
  ticket_sequences: ['queue'],
  tickets: ['queue'],
};
/** One set of migrations for both databases. Only the identity column and the audit
 *  triggers differ by dialect; everything else is portable SQL through Kysely's builder. */
function migrations(kind: DbKind): Record<string, Migration> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type AnyDb = Kysely<any>;
  const id = (t: ReturnType<AnyDb['schema']['createTable']>) =>
    kind === 'postgres'
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

  return {
    '0001_foundation': {
      async up(db: AnyDb) {
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
        await db.schema
          .createIndex('login_attempts_user_at')
          .on('login_attempts')
          .columns(['username', 'at'])
          .execute();

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
        await db.schema
          .createIndex('tickets_office_day')
          .on('tickets')
          .columns(['office_id', 'day', 'status'])
          .execute();
      },
    },
    '0002_stock': {
      async up(db: AnyDb) {
        // A movement can be reversed once: two reversals of one entry cannot both commit.
        await db.schema
          .createIndex('stock_movements_reverses_unique')
          .on('stock_movements')
          .column('reverses_id')
          .unique()
          .execute();
      },
    },
    '0003_ikd': {
      // IKD figures sum the last 30 days of every regency (pace30) on each read: a covering
      // index (day, regency, count) answers that from the index alone, ~5× faster nationally.
      async up(db: AnyDb) {
        await db.schema
          .createIndex('ikd_daily_day_count')
          .on('ikd_daily')
          .columns(['day', 'regency_code', 'count'])
          .execute();
        await db.schema.dropIndex('ikd_daily_day').execute();
        // the monthly series of a province or the nation groups month totals by month
        await db.schema
          .createIndex('ikd_month_totals_month')
          .on('ikd_month_totals')
          .columns(['month', 'regency_code', 'total'])
          .execute();
      },
    },
    '0005_scale': {
      // National scale (issue 7). Computed overviews are cached per data version
      // (lib/overview/cache.ts). On PostgreSQL every statement that writes a data table bumps the
      // sequence pantau_data_version_seq and holds a shared advisory lock until its transaction
      // ends; pantau_data_version() gives the sequence value only while no writer holds that lock,
      // so a version is never handed out before the writes that bumped it are visible. Writers
      // never wait for each other (shared locks, a non-transactional sequence). SQLite needs no
      // schema for this: it has PRAGMA data_version and total_changes().
      async up(db: AnyDb) {
        // Today's tickets of every office in one range (the national overview and queue read
        // them by day; the (office_id, day) index made that one probe per office), and counter
        // figures per office from the index alone.
        await db.schema
          .createIndex('tickets_day_office')
          .on('tickets')
          .columns(['day', 'office_id', 'status'])
          .execute();
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
      },
    },
    '0008_session_revocation': {
      async up(db: AnyDb) {
        // a deactivation or a password reset or change ends the user's open sessions for good:
        // a session signed in before this instant stays refused after a reactivation
        await db.schema
          .alterTable('users')
          .addColumn('sessions_valid_from', kind === 'postgres' ? 'bigint' : 'integer')
          .execute();
      },
    },
    '0006_history_totals': {
      // Issue 7: reads whose cost must not grow with the length of history. Two all-time totals
      // kept by triggers, so every writer (the IKD writes, imports, the seeds) keeps them exact:
      //  - ikd_regency_totals: Σ ikd_month_totals.total per regency. Activations before a month
      //    are the all-time total minus the months from it on (lib/ikd/figures.ts), instead of
      //    a sum over every month since the start.
      //  - ikd_breakdown_totals: Σ ikd_daily.count per regency, segment and channel (the regency
      //    page's breakdown: all-time minus the days after the day asked for).
      // On PostgreSQL the triggers are per statement over transition tables (one grouped upsert
      // per statement, however many rows a bulk load writes), in key order so concurrent
      // writers lock the total rows in one order; on SQLite per row.
      async up(db: AnyDb) {
        await db.schema
          .createTable('ikd_regency_totals')
          .addColumn('regency_code', 'text', (c) => c.primaryKey())
          .addColumn('total', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('ikd_breakdown_totals')
          .addColumn('regency_code', 'text', (c) => c.notNull())
          .addColumn('segment', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('total', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('ikd_breakdown_totals_pk', ['regency_code', 'segment', 'channel'])
          .execute();
        await sql`INSERT INTO ikd_regency_totals (regency_code, total)
          SELECT regency_code, sum(total) FROM ikd_month_totals GROUP BY regency_code`.execute(db);
        await sql`INSERT INTO ikd_breakdown_totals (regency_code, segment, channel, total)
          SELECT regency_code, segment, channel, sum(count) FROM ikd_daily GROUP BY regency_code, segment, channel`.execute(
          db,
        );
        const totals = [
          { source: 'ikd_month_totals', target: 'ikd_regency_totals', keys: ['regency_code'], value: 'total' },
          {
            source: 'ikd_daily',
            target: 'ikd_breakdown_totals',
            keys: ['regency_code', 'segment', 'channel'],
            value: 'count',
          },
        ];
        for (const t of totals) {
          const keys = sql.join(t.keys.map((k) => sql.ref(k)));
          const target = sql.table(t.target);
          const value = sql.ref(t.value);
          if (kind === 'postgres') {
            // (keys, delta) rows of a statement → one grouped upsert, in key order
            const upsert = (rows: RawBuilder<unknown>) =>
              sql`INSERT INTO ${target} (${keys}, total)
                SELECT ${keys}, sum(d) FROM (${rows}) AS x GROUP BY ${keys} HAVING sum(d) <> 0 ORDER BY ${keys}
                ON CONFLICT (${keys}) DO UPDATE SET total = ${target}.total + excluded.total;`;
            const fn = sql.id(`${t.target}_apply`);
            await sql`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN
                IF TG_OP = 'INSERT' THEN
                  ${upsert(sql`SELECT ${keys}, ${value} AS d FROM pantau_new`)}
                ELSIF TG_OP = 'DELETE' THEN
                  ${upsert(sql`SELECT ${keys}, -${value} AS d FROM pantau_old`)}
                ELSIF TG_OP = 'UPDATE' THEN
                  ${upsert(sql`SELECT ${keys}, ${value} AS d FROM pantau_new UNION ALL SELECT ${keys}, -${value} FROM pantau_old`)}
                ELSE
                  DELETE FROM ${target};
                END IF;
                RETURN NULL;
              END $$`.execute(db);
            const trg = (suffix: string) => sql.id(`${t.source}_${t.target}_${suffix}`);
            const src = sql.table(t.source);
            await sql`CREATE TRIGGER ${trg('ins')} AFTER INSERT ON ${src} REFERENCING NEW TABLE AS pantau_new
              FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db);
            await sql`CREATE TRIGGER ${trg('upd')} AFTER UPDATE ON ${src}
              REFERENCING OLD TABLE AS pantau_old NEW TABLE AS pantau_new
              FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db);
            await sql`CREATE TRIGGER ${trg('del')} AFTER DELETE ON ${src} REFERENCING OLD TABLE AS pantau_old
              FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db);
            await sql`CREATE TRIGGER ${trg('trunc')} AFTER TRUNCATE ON ${src}
              FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db);
          } else {
            const add = (row: 'NEW' | 'OLD', sign: '' | '-') =>
              sql`INSERT INTO ${target} (${keys}, total)
                VALUES (${sql.join(t.keys.map((k) => sql.raw(`${row}.${k}`)))}, ${sql.raw(`${sign}${row}.${t.value}`)})
                ON CONFLICT (${keys}) DO UPDATE SET total = total + excluded.total;`;
            const changed = sql.join(
              [...t.keys, t.value].map((k) => sql.raw(`OLD.${k} IS NOT NEW.${k}`)),
              sql` OR `,
            );
            const trg = (suffix: string) => sql.id(`${t.source}_${t.target}_${suffix}`);
            const src = sql.table(t.source);
            await sql`CREATE TRIGGER ${trg('ins')} AFTER INSERT ON ${src} BEGIN ${add('NEW', '')} END`.execute(db);
            await sql`CREATE TRIGGER ${trg('upd')} AFTER UPDATE ON ${src} WHEN ${changed}
              BEGIN ${add('OLD', '-')} ${add('NEW', '')} END`.execute(db);
            await sql`CREATE TRIGGER ${trg('del')} AFTER DELETE ON ${src} BEGIN ${add('OLD', '-')} END`.execute(db);
          }
        }
      },
    },
    '0007_read_indexes': {
      // (IF NOT EXISTS: a development version of 0006 created these on some bench databases)
      async up(db: AnyDb) {
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
      },
    },
    '0009_domain_versions': {
      // One data version per domain instead of one for the whole database (0005_scale): at
      // national scale tickets are issued and called every second, and with one version each of
      // them threw away the cached stock and IKD figures (the national overview, 2.5–4.7 s to
      // compute). Now a ticket invalidates only what reads queue data; the overview caches its
      // stock + IKD part and its queue part apart (lib/overview/queries.ts). Regions belong to
      // every domain.
      //
      // The versions are rows of data_versions, bumped in the writer's own transaction, so a
      // reader sees a new version exactly when it sees the writes behind it (no "no version while
      // a writer is in flight" any more, which under load left PostgreSQL uncached most of the
      // time: a ticket's transaction lasts as long as the busy server takes to run it).
      //  - SQLite: row triggers bump the row (one writer at a time anyway).
      //  - PostgreSQL: a statement trigger notes the domains the transaction touched (a
      //    transaction-local setting) and, once per transaction, inserts a row into
      //    pantau_commit_marks, whose deferred constraint trigger bumps the noted domains at
      //    COMMIT, locking their rows in domain order. Writers of one domain wait for each other
      //    only while committing, never for a whole transaction, and cannot deadlock on them.
      async up(db: AnyDb) {
        await db.schema
          .createTable('data_versions')
          .addColumn('domain', 'text', (c) => c.primaryKey())
          .addColumn('v', 'bigint', (c) => c.notNull())
          .execute();
        await db
          .insertInto('data_versions')
          .values(DOMAINS.map((domain) => ({ domain, v: 0 })))
          .execute();
        if (kind === 'postgres') {
          for (const table of VERSIONED_TABLES) {
            await sql`DROP TRIGGER IF EXISTS ${sql.id(`${table}_data_version`)} ON ${sql.table(table)}`.execute(db);
          }
          await sql`DROP FUNCTION IF EXISTS pantau_data_version()`.execute(db);
          await sql`DROP FUNCTION IF EXISTS pantau_bump_data_version()`.execute(db);
          await sql`DROP SEQUENCE IF EXISTS pantau_data_version_seq`.execute(db);
          await sql`CREATE TABLE pantau_commit_marks (id bigserial PRIMARY KEY)`.execute(db);
          await sql`CREATE FUNCTION pantau_touch_domains() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              touched text := coalesce(current_setting('pantau.touched', true), '');
              d text;
            BEGIN
              IF touched = '' THEN
                INSERT INTO pantau_commit_marks DEFAULT VALUES;
              END IF;
              FOREACH d IN ARRAY TG_ARGV LOOP
                IF NOT d = ANY(string_to_array(touched, ',')) THEN
                  touched := CASE WHEN touched = '' THEN d ELSE touched || ',' || d END;
                END IF;
              END LOOP;
              PERFORM set_config('pantau.touched', touched, true);
              RETURN NULL;
            END $$`.execute(db);
          await sql`CREATE FUNCTION pantau_bump_domains() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              touched text[] := string_to_array(coalesce(current_setting('pantau.touched', true), ''), ',');
            BEGIN
              PERFORM 1 FROM data_versions WHERE domain = ANY(touched) ORDER BY domain FOR UPDATE;
              UPDATE data_versions SET v = v + 1 WHERE domain = ANY(touched);
              DELETE FROM pantau_commit_marks WHERE id = NEW.id;
              PERFORM set_config('pantau.touched', '', true);
              RETURN NULL;
            END $$`.execute(db);
          await sql`CREATE CONSTRAINT TRIGGER pantau_commit_marks_bump AFTER INSERT ON pantau_commit_marks
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pantau_bump_domains()`.execute(db);
          // instances still running the code before this migration (a rolling deploy) read one
          // version for everything: the sum of the domains' versions changes whenever any does
          await sql`CREATE FUNCTION pantau_data_version() RETURNS bigint LANGUAGE sql STABLE AS $$
            SELECT sum(v)::bigint FROM data_versions
          $$`.execute(db);
          for (const [table, domains] of Object.entries(TABLE_DOMAINS)) {
            await sql`CREATE TRIGGER ${sql.id(`${table}_domain_version`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
              ON ${sql.table(table)} FOR EACH STATEMENT
              EXECUTE FUNCTION pantau_touch_domains(${sql.join(domains.map((d) => sql.lit(d)))})`.execute(db);
          }
          return;
        }
        for (const [table, domains] of Object.entries(TABLE_DOMAINS)) {
          const bump = sql`UPDATE data_versions SET v = v + 1 WHERE domain IN (${sql.join(domains.map((d) => sql.lit(d)))});`;
          for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
            await sql`CREATE TRIGGER ${sql.id(`${table}_domain_version_${op.toLowerCase()}`)} AFTER ${sql.raw(op)}
              ON ${sql.table(table)} BEGIN ${bump} END`.execute(db);
          }
        }
      },
    },
    '0010_ikd_daily_regency_covering': {
      // A scope's IKD days and month totals from the index alone (lib/ikd/figures.ts): without
      // these PostgreSQL read a province's rows through the primary key and the table on a short
      // history, but on a long one (10×) judged that dearer and scanned the whole nation's rows
      // through the (day|month, regency_code, …) indexes instead: the last 30 days of a province
      // 0.6 → 8.5 ms, its 60-month series 0.5 → 6.7 ms. Keyed by regency first, both read only
      // the rows asked, at any length of history.
      async up(db: AnyDb) {
        await db.schema
          .createIndex('ikd_daily_regency_day_count')
          .ifNotExists()
          .on('ikd_daily')
          .columns(['regency_code', 'day', 'count'])
          .execute();
        await db.schema
          .createIndex('ikd_month_totals_regency_month_total')
          .ifNotExists()
          .on('ikd_month_totals')
          .columns(['regency_code', 'month', 'total'])
          .execute();
      },
    },
    '0004_queue': {
      async up(db: AnyDb) {
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
      },
    },
    '0016_requisitions': {
      // SPEC §17: what a province asks the ministry for. A requisition keeps the figures it was
      // computed from (its lines), its state and `received`, the sum of the province RECEIPT
      // movements that name it (kept in the receipt's own transaction, lib/requisitions/book.ts).
      async up(db: AnyDb) {
        await id(db.schema.createTable('requisitions'))
          .addColumn('province_code', 'text', (c) => c.notNull())
          .addColumn('item', 'text', (c) => c.notNull())
          .addColumn('months', 'integer', (c) => c.notNull())
          .addColumn('period_from', 'text', (c) => c.notNull())
          .addColumn('period_to', 'text', (c) => c.notNull())
          .addColumn('figures_on', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('cohort_total', 'integer')
          .addColumn('warehouse_on_hand', 'integer', (c) => c.notNull())
          .addColumn('total', 'integer', (c) => c.notNull())
          .addColumn('received', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_by', 'integer')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('submitted_at', 'text')
          .addColumn('filled_at', 'text')
          .addColumn('cancelled_at', 'text')
          .execute();
        await db.schema
          .createIndex('requisitions_province')
          .on('requisitions')
          .columns(['province_code', 'created_at'])
          .execute();
        await db.schema
          .createTable('requisition_lines')
          .addColumn('requisition_id', 'integer', (c) => c.notNull())
          .addColumn('regency_code', 'text', (c) => c.notNull())
          .addColumn('on_hand', 'integer', (c) => c.notNull())
          .addColumn('minimum', 'integer', (c) => c.notNull())
          .addColumn('used_30', 'integer', (c) => c.notNull())
          .addColumn('wajib_ktp', 'integer', (c) => c.notNull())
          .addColumn('projected_use', 'integer', (c) => c.notNull())
          .addColumn('cohort', 'integer', (c) => c.notNull())
          .addColumn('proposed', 'integer', (c) => c.notNull())
          .addColumn('requested', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('requisition_lines_pk', ['requisition_id', 'regency_code'])
          .execute();
        await db.schema.alterTable('stock_movements').addColumn('requisition_id', 'integer').execute();
        await db.schema
          .createIndex('stock_movements_requisition')
          .on('stock_movements')
          .columns(['requisition_id'])
          .execute();
      },
    },
    '0015_public': {
      // The public API's rate limit (SPEC §15: 60 a minute per client address), counted where every
      // instance on one PostgreSQL sees it. UNLOGGED: a counter lost in a crash only forgives a
      // minute, and no write-ahead log is flushed for the crowd's requests. SQLite serves one
      // instance (SPEC §13) and counts in process (lib/public/ratelimit.ts): a table would take
      // the single writer lock and an fsync for every public read.
      async up(db: AnyDb) {
        if (kind !== 'postgres') return;
        await sql`CREATE UNLOGGED TABLE public_rate_limits (
          client text NOT NULL,
          window_start bigint NOT NULL,
          hits integer NOT NULL,
          PRIMARY KEY (client, window_start)
        )`.execute(db);
      },
    },
    '0013_queue_live': {
      async up(db: AnyDb) {
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
      },
    },
    '0012_periods_alerts': {
      // Month close (SPEC §14): one row per regency and month once it left OPEN (or was locked
      // against a racing submit: lib/periods/lock.ts); anomalies flagged when written; what each
      // user saw when they last opened the alerts page.
      async up(db: AnyDb) {
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
      },
    },
    '0011_pipeline': {
      // Issue 15 (SPEC §11, §12): the fingerprint (method, path, canonical body) of the request
      // an Idempotency-Key answered; the client address of a sign-in attempt (throttling per
      // username and address); the sessions ended by signing out (refused until they expire);
      // indexes for the housekeeping that deletes old keys and attempts.
      async up(db: AnyDb) {
        await db.schema.alterTable('idempotency_keys').addColumn('fingerprint', 'text').execute();
        await db.schema
          .createIndex('idempotency_keys_created')
          .on('idempotency_keys')
          .columns(['created_at'])
          .execute();
        await db.schema.alterTable('login_attempts').addColumn('address', 'text').execute();
        await db.schema
          .createIndex('login_attempts_address_at')
          .on('login_attempts')
          .columns(['address', 'at'])
          .execute();
        await db.schema.createIndex('login_attempts_at').on('login_attempts').columns(['at']).execute();
        await db.schema
          .createTable('revoked_sessions')
          .addColumn('sid', 'text', (c) => c.primaryKey())
          .addColumn('expires_at', kind === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
          .execute();
      },
    },
    '0014_items': {
      // SPEC §16: the items of the ledger are data, so adding one later is one row. The ledger's
      // tables already key every row by item (0001); this is the list they refer to, with each
      // item's unit and the minimum a regency gets until a head sets another.
      async up(db: AnyDb) {
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
      },
    },
  };
}

export function migrationProvider(kind: DbKind): MigrationProvider {
  return { getMigrations: async () => migrations(kind) };
}
