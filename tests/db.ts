import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openDb, type DbHandle, type DbKind } from '@/lib/db';

/** Every data test runs on both databases from the same file (issue 2). PostgreSQL must be
 *  reachable: a test run without it fails instead of skipping. */
export const DB_KINDS: DbKind[] = ['sqlite', 'postgres'];

export const PG_ADMIN_URL = process.env.PANTAU_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb extends DbHandle {
  /** The DATABASE_URL of this database. */
  url: string;
  drop(): Promise<void>;
}

function pgUrlFor(database: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs one statement on the PostgreSQL server as its administrator (creating, dropping a database). */
async function asPgAdmin(statement: string): Promise<void> {
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(statement);
  await admin.end();
}

/** A new, empty, migrated database of `kind`, dropped again by `drop()`. */
export async function freshDb(kind: DbKind): Promise<TestDb> {
  const name = `pantau_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const file = path.join(os.tmpdir(), `${name}.db`); // on SQLite
  if (kind === 'postgres') await asPgAdmin(`CREATE DATABASE ${name}`);
  const url = kind === 'sqlite' ? `file:${file}` : pgUrlFor(name);
  const h = await openDb(url);
  return {
    ...h,
    url,
    async drop() {
      await h.close().catch(() => undefined);
      if (kind === 'postgres') await asPgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      else for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    },
  };
}

/** The database of the describe block that calls this: a fresh one of `kind` is made (and `setUp`
 *  run on it: seedBase, a fixture) before the block's tests and dropped after them. The handle
 *  returned stands for it from then on, so the block's helpers and tests can hold it from the
 *  start; it refuses to be read before the block's beforeAll has run. */
export function useFreshDb(kind: DbKind, setUp?: (h: TestDb) => Promise<unknown>): TestDb {
  let current: TestDb | undefined;
  beforeAll(async () => {
    current = await freshDb(kind);
    await setUp?.(current);
  });
  afterAll(async () => current?.drop());
  const open = (): TestDb => {
    if (!current) throw new Error('the test database is made in beforeAll: read it inside a hook or a test');
    return current;
  };
  return {
    kind,
    get db() {
      return open().db;
    },
    get url() {
      return open().url;
    },
    close: () => open().close(),
    drop: () => open().drop(),
  };
}
