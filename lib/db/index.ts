import fs from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema';
import { migrationProvider } from './migrations';

export type Db = Kysely<Database>;
export type DbKind = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
  /** Set on a handle made by `txHandle`: its `db` is an open write transaction. */
  inTx?: boolean;
}

/** A handle whose `db` is the open transaction `tx`: domain write functions given it run their
 *  reads and writes inside `tx` (writeTx joins it instead of starting a new one), so several
 *  of them commit or roll back together (imports). */
export function txHandle(h: DbHandle, tx: Db): DbHandle {
  return { db: tx, kind: h.kind, inTx: true, close: async () => {} };
}

export function dbKindOf(url: string | undefined): DbKind {
  return url && /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** The SQLite file of `url` (`file:<path>`; anything else means ./data/pantau.db). */
export function sqliteFileOf(url: string | undefined): string {
  const raw = url && url.startsWith('file:') ? url.slice('file:'.length) : './data/pantau.db';
  return path.resolve(raw);
}

/** Opens the SQLite file of `url`, creating its folder when missing, with `pragmas` set in order. */
export async function openSqliteFile(url: string | undefined, pragmas: string[]): Promise<SqliteConn> {
  const { default: SQLite } = await import('better-sqlite3');
  const file = sqliteFileOf(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const conn = new SQLite(file);
  for (const pragma of pragmas) conn.pragma(pragma);
  return conn;
}

/** Opens a database for `url` (SQLite path or postgres URL) and brings its schema up to date. */
export async function openDb(url: string | undefined): Promise<DbHandle> {
  const kind = dbKindOf(url);
  let db: Db;
  if (kind === 'postgres') {
    const { Pool, types } = await import('pg');
    types.setTypeParser(20, (v: string) => Number(v)); // int8 (count, sum) as numbers
    types.setTypeParser(1700, (v: string) => Number(v)); // numeric
    const pool = new Pool({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 10) });
    // An idle connection that the server ends (restart, failover) must not crash the process;
    // the pool replaces it at the next checkout.
    pool.on('error', (e) => console.error('[db] idle PostgreSQL connection lost:', e.message));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    const conn = await openSqliteFile(url, [
      'journal_mode = WAL',
      'synchronous = FULL',
      'foreign_keys = ON',
      'busy_timeout = 10000',
    ]);
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(conn) }) });
  }
  await migrate(db, kind);
  return { db, kind, close: () => db.destroy() };
}

type SqliteConn = import('better-sqlite3').Database;

/** Kysely's SQLite driver prepares every query anew; the same few statements (the session's user,
 *  the data version, …) run on every request, so keep the most recent prepared statements.
 *  Statements are reusable (better-sqlite3 re-prepares one after a schema change by itself);
 *  only a statement being iterated could not be, and Pantau never streams. */
function withStatementCache(conn: SqliteConn, max = 256) {
  const statements = new Map<string, ReturnType<SqliteConn['prepare']>>();
  return {
    prepare(sqlText: string) {
      let stmt = statements.get(sqlText);
      if (stmt) {
        statements.delete(sqlText); // most recently used last
      } else {
        stmt = conn.prepare(sqlText);
        if (statements.size >= max) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sqlText, stmt);
      return stmt;
    },
    close() {
      statements.clear();
      conn.close();
    },
  };
}

export async function migrate(db: Db, kind: DbKind) {
  // allowUnorderedMigrations is kept on purpose. Branches added migrations side by side and
  // merged them in another order than their numbers (0003 before 0002; 0016, 0015, 0013, 0012,
  // 0011, 0014 in that order), so databases migrated in between recorded some migrations after
  // a later-numbered one. Kysely orders the recorded migrations by timestamp and, without this
  // flag, refuses a database whose recorded order differs from the name order ("corrupted
  // migrations"): those databases would no longer open. A new database still runs every
  // migration in numeric order (lib/db/migrations/index.ts).
  const migrator = new Migrator({ db, provider: migrationProvider(kind), allowUnorderedMigrations: true });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

const globalForDb = globalThis as unknown as { __pantauDb?: Promise<DbHandle> };

/** The process-wide database chosen by DATABASE_URL (SPEC §10). */
export function getHandle(): Promise<DbHandle> {
  if (!globalForDb.__pantauDb) {
    globalForDb.__pantauDb = openDb(process.env.DATABASE_URL).catch((e) => {
      globalForDb.__pantauDb = undefined;
      throw e;
    });
  }
  return globalForDb.__pantauDb;
}

/** The process's database handle if one was opened already, else undefined (opens nothing). */
export function openedHandle(): Promise<DbHandle> | undefined {
  return globalForDb.__pantauDb;
}

export async function getDb(): Promise<Db> {
  return (await getHandle()).db;
}

/** A write transaction. On SQLite it begins IMMEDIATE so the write lock is taken up front
 *  (no SQLITE_BUSY upgrade deadlocks); on PostgreSQL it is an ordinary READ COMMITTED
 *  transaction whose writes rely on conditional updates and row locks. Use only `tx` inside. */
export async function writeTx<T>(handle: DbHandle, fn: (tx: Db) => Promise<T>): Promise<T> {
  if (handle.inTx) return fn(handle.db);
  if (handle.kind === 'postgres') return handle.db.transaction().execute(fn);
  return handle.db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn);
      throw e;
    }
  });
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function toNum(v: unknown): number {
  return v === null || v === undefined ? 0 : Number(v);
}

/** A value that can be a row id on both databases (PostgreSQL `serial` is a 32-bit integer):
 *  anything else is a 404, never a database error. */
export function isRowId(n: number): boolean {
  return Number.isInteger(n) && n > 0 && n <= 2_147_483_647;
}
