import { sql } from 'kysely';
import type { DbHandle } from '@/lib/db';
import { DOMAINS, type Domain } from '@/lib/db/versions';

/** Each domain's data version: a string, or null when the database has none for it (then nothing
 *  of that domain is cached). */
export type DataVersions = Record<Domain, string | null>;

/** The data version of each domain (stock, IKD, queue): it changes whenever a committed write
 *  could change a figure computed from that domain, and is read from the database itself, so
 *  several app instances on one database agree (SPEC §10: no state kept only in one process that
 *  another instance needs). Migration 0009_domain_versions keeps them as rows of `data_versions`
 *  bumped inside the writer's transaction, so a reader sees a new version exactly when it can see
 *  the writes behind it (on PostgreSQL at COMMIT, through a deferred trigger). */
export async function dataVersions(h: DbHandle): Promise<DataVersions> {
  const r = await sql<{ domain: Domain; v: number | string }>`SELECT domain, v FROM data_versions`.execute(h.db);
  const out = Object.fromEntries(DOMAINS.map((d) => [d, null])) as DataVersions;
  for (const row of r.rows) out[row.domain] = `${row.domain}:${row.v}`;
  return out;
}

/** The version of `domains` together, or null when any of them has none. */
function versionOf(v: DataVersions, domains: readonly Domain[]): string | null {
  const parts: string[] = [];
  for (const d of domains) {
    const x = v[d];
    if (x === null) return null;
    parts.push(x);
  }
  return parts.join('|');
}

interface Entry<T> {
  version: string;
  value: Promise<T>;
}

const MAX_ENTRIES = 256;
const caches = new WeakMap<DbHandle, Map<string, Entry<unknown>>>();

/** Computes `compute()` once per (`key`, version of `domains`) and handle; concurrent callers
 *  share the computation. `compute` may read only the tables of `domains` (and regions). The
 *  versions are read BEFORE computing, so a cached value is never older than its version; pass
 *  `versions` already read in the same request to save a round trip. Failed computations are
 *  not kept. */
export async function cached<T>(
  h: DbHandle,
  key: string,
  domains: readonly Domain[],
  compute: () => Promise<T>,
  versions?: DataVersions,
): Promise<T> {
  if (cacheOff()) return compute();
  const version = versionOf(versions ?? (await dataVersions(h)), domains);
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

/** The data versions for one request's `cached` calls (undefined when caching is off). */
export async function cacheVersions(h: DbHandle): Promise<DataVersions | undefined> {
  return cacheOff() ? undefined : dataVersions(h);
}

/** `PANTAU_OVERVIEW_CACHE=off`: every answer computed anew (benchmarks of the computation). */
function cacheOff(): boolean {
  return process.env.PANTAU_OVERVIEW_CACHE === 'off';
}
