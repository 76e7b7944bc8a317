/** Small helpers shared by the demo-data generators (lib/demo/*.ts): a seeded PRNG,
 *  integer day numbers, local wall-clock instants and chunked multi-row inserts. */
import type { Insertable } from 'kysely';
import type { Db } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { localMinuteInstant, localMinutes } from '@/lib/time';

export type Rng = () => number;

/** One regency as the stock and IKD generators see it. */
export interface SeedRegencyInput {
  code: string;
  provinceCode: string;
  timeZone: string;
  wajibKtp: number;
  /** daily rows over the whole history (else weekly before the last 60 days) */
  dailyMode: boolean;
}

/** mulberry32: a tiny, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a). */
export function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A PRNG stream of its own for one purpose and one key, so generators do not depend on each
 *  other's draw order. */
export function streamFor(seed: number, purpose: string, key = ''): Rng {
  return mulberry32((seed ^ hashStr(`${purpose}|${key}`)) >>> 0);
}

/** A stateless pseudo-random float in [0, 1) for a tuple of integers. */
export function hrand(a: number, b: number, c = 0): number {
  let h =
    Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^
    Math.imul(b + 0x7f4a7c15, 0xc2b2ae35) ^
    Math.imul(c + 0x165667b1, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

export function intBetween(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

// ---- days as integers (days since 1970-01-01) ----

const DAY_MS = 86_400_000;

export function dayNum(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

const dayStrCache = new Map<number, string>();
export function dayStr(n: number): string {
  let s = dayStrCache.get(n);
  if (s === undefined) {
    s = new Date(n * DAY_MS).toISOString().slice(0, 10);
    dayStrCache.set(n, s);
  }
  return s;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Epoch milliseconds of local wall-clock minute `minutes` of day `n` in an Indonesian zone. */
export function localMs(timeZone: string, n: number, minutes: number): number {
  return localMinuteInstant(timeZone, dayStr(n), minutes).getTime();
}

/** Minutes since local midnight of instant `ms` in an Indonesian zone. */
export function localMinutesOf(timeZone: string, ms: number): number {
  return localMinutes(timeZone, ms);
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder, ties by index),
 *  the parts always adding up to `total`. All-zero weights split evenly. */
export function splitProportional(total: number, weights: number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  let sum = 0;
  for (const w of weights) sum += Math.max(0, w);
  const ws = sum > 0 ? weights.map((w) => Math.max(0, w)) : weights.map(() => 1);
  if (sum <= 0) sum = n;
  const exact = ws.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, f: x - Math.floor(x) })).sort((a, b) => b.f - a.f || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) parts[order[k].i]++;
  return parts;
}

// ---- inserts ----

export type Tick = (rows: number) => void;

/** Multi-row inserts of `rows` (all with the same keys), at most 1000 rows and 30,000 bound
 *  parameters per statement. */
export async function insertAll<T extends keyof Database & string>(
  tx: Db,
  table: T,
  rows: Insertable<Database[T]>[],
  tick?: Tick,
): Promise<void> {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.min(1000, Math.floor(30000 / Math.max(1, cols))));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await tx
      .insertInto(table)
      .values(chunk as never)
      .execute();
    tick?.(chunk.length);
  }
}
