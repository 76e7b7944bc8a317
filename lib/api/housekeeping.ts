import { sql } from 'kysely';
import { openedHandle, type Db } from '@/lib/db';
import { pruneIdempotencyKeys } from './idempotency';

/** SPEC §12 housekeeping, done by the app itself (no outside cron): stored answers of
 *  idempotency keys older than 7 days, sign-in attempts older than 30 days, and revoked sessions
 *  whose token has expired anyway are deleted. The audit log keeps every attempt. */
export const KEEP = { idempotencyKeyDays: 7, loginAttemptDays: 30 };
const EVERY_MS = 60 * 60_000;

export async function housekeep(db: Db, now = new Date()): Promise<void> {
  await pruneIdempotencyKeys(db, KEEP.idempotencyKeyDays, now);
  const attemptsBefore = new Date(now.getTime() - KEEP.loginAttemptDays * 86_400_000).toISOString();
  await sql`DELETE FROM login_attempts WHERE at < ${attemptsBefore}`.execute(db);
  await sql`DELETE FROM revoked_sessions WHERE expires_at < ${now.getTime()}`.execute(db);
}

let lastRun = 0;

/** Runs `housekeep` at most once an hour per instance, in the background of a write (the
 *  request does not wait for it; a failure is logged and retried an hour later). Returns
 *  whether it started a run. Several instances each run it: the deletes are idempotent. */
export function maybeHousekeep(now = Date.now(), db?: Db): Promise<void> | null {
  if (now - lastRun < EVERY_MS) return null;
  // (only on the database the process already uses: a write that never opened one waits)
  const handle = db ? Promise.resolve({ db }) : openedHandle();
  if (!handle) return null;
  lastRun = now;
  return handle
    .then((h) => housekeep(h.db, new Date(now)))
    .catch((e) => {
      console.error('[housekeeping]', e);
    });
}
