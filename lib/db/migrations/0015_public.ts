/** The public API's rate limit (SPEC §15: 60 a minute per client address), counted where every
 *  instance on one PostgreSQL sees it. UNLOGGED: a counter lost in a crash only forgives a
 *  minute, and no write-ahead log is flushed for the crowd's requests. SQLite serves one
 *  instance (SPEC §13) and counts in process (lib/public/ratelimit.ts): a table would take
 *  the single writer lock and an fsync for every public read. */
import { sql, type Kysely } from 'kysely';
import type { DbKind } from '../index';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, kind: DbKind): Promise<void> {
  if (kind !== 'postgres') return;
  await sql`CREATE UNLOGGED TABLE public_rate_limits (
    client text NOT NULL,
    window_start bigint NOT NULL,
    hits integer NOT NULL,
    PRIMARY KEY (client, window_start)
  )`.execute(db);
}
