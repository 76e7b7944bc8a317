import { sql } from 'kysely';
import type { Db } from '@/lib/db';

/** SPEC §12 sign-in throttling (replaces §2's 5-per-username rule): within 15 minutes,
 *  5 failures for one username from one address, 20 for one username from all addresses, or 50
 *  from one address across usernames lock likewise, until the oldest of those failures leaves
 *  the window. Counted in the database, so every app instance on one PostgreSQL agrees. */
export const THROTTLE = { windowMinutes: 15, perUsernameAddress: 5, perUsername: 20, perAddress: 50 };

/** Seconds until `username` may try again from `address`, or 0 when not locked. (An unknown
 *  address, '', counts as one address: the server guard always knows the socket's.) */
export async function signInLockSeconds(db: Db, username: string, address: string, now = new Date()): Promise<number> {
  const windowMs = THROTTLE.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs).toISOString();
  const addr = address;
  const { rows } = await sql<{
    ua: string | number | null;
    ua_first: string | null;
    un: string | number | null;
    un_first: string | null;
    ad: string | number | null;
    ad_first: string | null;
  }>`SELECT
      sum(CASE WHEN username = ${username} AND address = ${addr} THEN 1 ELSE 0 END) AS ua,
      min(CASE WHEN username = ${username} AND address = ${addr} THEN at END) AS ua_first,
      sum(CASE WHEN username = ${username} THEN 1 ELSE 0 END) AS un,
      min(CASE WHEN username = ${username} THEN at END) AS un_first,
      sum(CASE WHEN address = ${addr} THEN 1 ELSE 0 END) AS ad,
      min(CASE WHEN address = ${addr} THEN at END) AS ad_first
    FROM login_attempts
    WHERE success = 0 AND at > ${since} AND (username = ${username} OR address = ${addr})`.execute(db);
  const r = rows[0];
  if (!r) return 0;
  const rules: [number, string | null, number][] = [
    [Number(r.ua ?? 0), r.ua_first, THROTTLE.perUsernameAddress],
    [Number(r.un ?? 0), r.un_first, THROTTLE.perUsername],
    [Number(r.ad ?? 0), r.ad_first, THROTTLE.perAddress],
  ];
  let wait = 0;
  for (const [count, first, limit] of rules) {
    if (count < limit || !first) continue;
    wait = Math.max(wait, Math.ceil((new Date(first).getTime() + windowMs - now.getTime()) / 1000));
  }
  return Math.max(wait, rules.some(([c, f, l]) => c >= l && f) ? 1 : 0);
}
