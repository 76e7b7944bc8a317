import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { dbKindOf, sqliteFileOf } from './index';

/** SPEC §10 / issue 8: a consistent copy of the database while Pantau runs, and its restore.
 *  SQLite uses the online backup API (a consistent snapshot even with writers in WAL mode);
 *  PostgreSQL uses pg_dump (one snapshot) and pg_restore. */

export function defaultBackupPath(url: string | undefined, at = new Date()): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  return path.resolve('data', 'backups', `pantau-${stamp}.${dbKindOf(url) === 'postgres' ? 'dump' : 'db'}`);
}

export async function backupDatabase(url: string | undefined, dest: string): Promise<void> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  if (url && dbKindOf(url) === 'postgres') {
    run('pg_dump', ['--format=custom', '--no-owner', '--file', dest, '--dbname', url]);
    return;
  }
  const { default: SQLite } = await import('better-sqlite3');
  const conn = new SQLite(sqliteFileOf(url), { fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 10000');
    await conn.backup(dest);
  } finally {
    conn.close();
  }
}

/** Replaces the database's content with a backup. Stop Pantau first on SQLite (the file is
 *  replaced); on PostgreSQL the tables are dropped and recreated from the dump. */
export async function restoreDatabase(url: string | undefined, src: string): Promise<void> {
  if (!fs.existsSync(src)) throw new Error(`backup not found: ${src}`);
  if (url && dbKindOf(url) === 'postgres') {
    // Instances cache figures per data version (lib/overview/cache.ts); the restore winds the
    // versions back to the backup's, so they would match entries cached from the data being
    // replaced. Afterwards every version is set past the highest seen before the restore.
    const before = await pgDataVersions(url);
    run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', url, src]);
    await pgSetVersionsPast(url, before);
    return;
  }
  const { default: SQLite } = await import('better-sqlite3');
  const check = new SQLite(src, { readonly: true, fileMustExist: true });
  try {
    const ok = check.pragma('integrity_check', { simple: true });
    if (ok !== 'ok') throw new Error(`backup failed its integrity check: ${String(ok)}`);
  } finally {
    check.close();
  }
  const file = sqliteFileOf(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.restore-${process.pid}`;
  fs.copyFileSync(src, tmp);
  for (const f of [`${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  fs.renameSync(tmp, file);
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}`);
}

/** The data versions (migration 0009), or none for a database from before it. */
async function pgDataVersions(url: string): Promise<Map<string, number>> {
  return withPgClient(url, async (c) => {
    const r = await c
      .query<{ domain: string; v: string }>(`SELECT domain, v FROM data_versions`)
      .catch(() => ({ rows: [] }));
    return new Map(r.rows.map((x) => [x.domain, Number(x.v)]));
  });
}

/** Every version past `before`; a restored backup from before migration 0009 has no
 *  data_versions yet, and the instance migrating it starts the versions anew. */
async function pgSetVersionsPast(url: string, before: Map<string, number>) {
  await withPgClient(url, async (c) => {
    try {
      for (const [domain, v] of before) {
        await c.query(`UPDATE data_versions SET v = greatest(v, $2::bigint) + 1 WHERE domain = $1`, [domain, v]);
      }
    } catch {
      // no data_versions in the restored database
    }
  });
}

async function withPgClient<T>(url: string, fn: (c: import('pg').Client) => Promise<T>): Promise<T> {
  const { Client } = await import('pg');
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
