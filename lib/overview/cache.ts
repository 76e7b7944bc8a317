import { sql } from 'kysely';
import type { DbHandle } from '@/lib/db';

/** A version of the data that changes whenever any committed write could change a computed
 *  figure, read from the database itself so several app instances on one database agree
 *  (SPEC §10: no state kept only in one process that another instance needs).
 *
 *  - SQLite: `PRAGMA data_version` (changes when another connection commits) together with
 *    `total_changes()` (rows changed through this process's connection).
 *  - PostgreSQL: the sequence `pantau_data_version`, bumped by a statement trigger on every data
 *    table (migration 0005_scale). The trigger also holds a shared advisory lock until its
 *    transaction ends; `pantau_data_version()` answers null while any writer still holds it, so
 *    a version is only ever handed out once every write that bumped it is visible.
 *
 *  Returns null when no stable version can be given (then nothing may be cached). */
export async function dataVersion(h: DbHandle): Promise<string | null> {
  if (h.kind === 'postgres') {
    const r = await sql<{ v: string | number | null }>`SELECT pantau_data_version() AS v`.execute(h.db);
    const v = r.rows[0]?.v;
    return v === null || v === undefined ? null : `pg:${v}`;
  }
  const r = await sql<{
    c: number;
    v: number;
  }>`SELECT total_changes() AS c, data_version AS v FROM pragma_data_version`.execute(h.db);
  const row = r.rows[0];
  return row ? `sqlite:${row.v}:${row.c}` : null;
}

interface Entry<T> {
  version: string;
  value: Promise<T>;
}

const MAX_ENTRIES = 256;
const caches = new WeakMap<DbHandle, Map<string, Entry<unknown>>>();

/** Computes `compute()` once per (`key`, data version) and handle; concurrent callers share the
 *  computation. The version is read BEFORE computing, so a cached value is never older than
 *  its version. Failed computations are not kept. */
export async function cached<T>(h: DbHandle, key: string, compute: () => Promise<T>): Promise<T> {
  if (process.env.PANTAU_OVERVIEW_CACHE === 'off') return compute(); // benchmarks of the computation
  const version = await dataVersion(h);
  if (version === null) return compute();
  let map = caches.get(h);
  if (!map) {
    map = new Map();
    caches.set(h, map);
  }
  const hit = map.get(key) as Entry<T> | undefined;
  if (hit && hit.version === version) {
    // keep recently used entries at the end (LRU order)
    map.delete(key);
    map.set(key, hit);
    return hit.value;
  }
  const value = compute();
  const entry: Entry<T> = { version, value };
  map.delete(key);
  map.set(key, entry);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
  value.catch(() => {
    if (map.get(key) === entry) map.delete(key);
  });
  return value;
}
