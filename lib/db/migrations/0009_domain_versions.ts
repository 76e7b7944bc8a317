/** One data version per domain instead of one for the whole database (0005_scale): at
 *  national scale tickets are issued and called every second, and with one version each of
 *  them threw away the cached stock and IKD figures (the national overview, 2.5–4.7 s to
 *  compute). Now a ticket invalidates only what reads queue data; the overview caches its
 *  stock + IKD part and its queue part apart (lib/overview/queries.ts). Regions belong to
 *  every domain.
 *
 *  The versions are rows of data_versions, bumped in the writer's own transaction, so a
 *  reader sees a new version exactly when it sees the writes behind it (no "no version while
 *  a writer is in flight" any more, which under load left PostgreSQL uncached most of the
 *  time: a ticket's transaction lasts as long as the busy server takes to run it).
 *   - SQLite: row triggers bump the row (one writer at a time anyway).
 *   - PostgreSQL: a statement trigger notes the domains the transaction touched (a
 *     transaction-local setting) and, once per transaction, inserts a row into
 *     pantau_commit_marks, whose deferred constraint trigger bumps the noted domains at
 *     COMMIT, locking their rows in domain order. Writers of one domain wait for each other
 *     only while committing, never for a whole transaction, and cannot deadlock on them. */
import { sql, type Kysely } from 'kysely';
import type { DbKind } from '../index';

/** The domains as of this migration (the live list is DOMAINS in lib/db/versions.ts; a later
 *  domain needs a migration of its own that adds its row and triggers). */
const DOMAINS = ['stock', 'ikd', 'queue'] as const;
/** Which domains a write to each table changes: the tables 0005_scale versioned, in its order. */
const TABLE_DOMAINS: Record<string, readonly (typeof DOMAINS)[number][]> = {
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, kind: DbKind): Promise<void> {
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
    for (const table of Object.keys(TABLE_DOMAINS)) {
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
}
