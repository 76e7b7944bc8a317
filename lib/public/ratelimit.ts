/** SPEC §15: the public API answers at most 60 requests a minute per client address (429 with
 *  `Retry-After`). On PostgreSQL the counts live in the database (migration 0015_public), so
 *  every instance serving one database counts the same minute; SQLite serves one instance
 *  (SPEC §13), which counts in process. */
import { sql } from 'kysely';
import type { DbHandle } from '@/lib/db';
import { ApiError } from '@/lib/api/errors';

export const PUBLIC_LIMIT_PER_MINUTE = 60;
const WINDOW_MS = 60_000;

export interface LimitDecision {
  allowed: boolean;
  /** seconds until the minute ends (for `Retry-After`) */
  retryAfter: number;
  hits: number;
}

const memory = new WeakMap<DbHandle, { window: number; hits: Map<string, number> }>();
const prunedWindow = new WeakMap<DbHandle, number>();

/** Counts one request of `client` in the current minute and says whether it may be answered. */
export async function hitPublicLimit(h: DbHandle, client: string, now = Date.now()): Promise<LimitDecision> {
  const window = Math.floor(now / WINDOW_MS);
  const retryAfter = Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000));
  const key = client.slice(0, 64);
  let hits: number;
  if (h.kind === 'postgres') {
    const r = await sql<{ hits: number }>`
      INSERT INTO public_rate_limits (client, window_start, hits) VALUES (${key}, ${window}, 1)
      ON CONFLICT (client, window_start) DO UPDATE SET hits = public_rate_limits.hits + 1
      RETURNING hits`.execute(h.db);
    hits = Number(r.rows[0].hits);
    if (prunedWindow.get(h) !== window) {
      // once a minute per instance: the minutes before the last are of no more use
      prunedWindow.set(h, window);
      await sql`DELETE FROM public_rate_limits WHERE window_start < ${window - 1}`.execute(h.db);
    }
  } else {
    let m = memory.get(h);
    if (!m || m.window !== window) memory.set(h, (m = { window, hits: new Map() }));
    hits = (m.hits.get(key) ?? 0) + 1;
    m.hits.set(key, hits);
  }
  return { allowed: hits <= PUBLIC_LIMIT_PER_MINUTE, retryAfter, hits };
}

/** The client's address: the right-most `X-Forwarded-For` entry, which is the peer that the last
 *  proxy saw (Next sets it from the socket when no proxy does; docs/deployment.md asks a reverse
 *  proxy in front to append the real peer), else `X-Real-IP`. */
export function clientAddress(req: Request): string {
  const xff = req.headers.get('x-forwarded-for');
  const last = xff?.split(',').pop()?.trim();
  return last || req.headers.get('x-real-ip')?.trim() || 'unknown';
}

export function rateLimited(retryAfter: number) {
  return new ApiError('RATE_LIMITED', {
    id: `Terlalu banyak permintaan. Coba lagi dalam ${retryAfter} detik.`,
    en: `Too many requests. Try again in ${retryAfter} seconds.`,
  });
}
