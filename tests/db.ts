import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
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

/** A new, empty, migrated database of `kind`, dropped again by `drop()`. */
export async function freshDb(kind: DbKind): Promise<TestDb> {
  const name = `pantau_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (kind === 'sqlite') {
    const file = path.join(os.tmpdir(), `${name}.db`);
    const url = `file:${file}`;
    const h = await openDb(url);
    return {
      ...h,
      url,
      async drop() {
        await h.close().catch(() => undefined);
        for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      },
    };
  }
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = pgUrlFor(name);
  const h = await openDb(url);
  return {
    ...h,
    url,
    async drop() {
      await h.close().catch(() => undefined);
      const c = new Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
