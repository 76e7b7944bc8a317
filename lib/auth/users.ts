import { getHandle, nowIso, writeTx, type DbHandle } from '@/lib/db';
import { audit } from '@/lib/audit';
import { errors } from '@/lib/api/errors';
import { verifyPassword } from './password';
import { ROLES, type Actor, type Role } from './permissions';

export const RATE_LIMIT = { maxFailures: 5, windowMinutes: 15 };

/** Re-reads a user on every request: a deactivated user, or one whose role changed, is refused
 *  or re-scoped at once, whatever the session cookie says. `signedInAt` (ms) is when the session
 *  was signed in: a session from before the user's last deactivation or password reset or change
 *  is refused for good. */
export async function loadActor(userId: number, handle?: DbHandle, signedInAt?: number): Promise<Actor | null> {
  const { db } = handle ?? (await getHandle());
  const u = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!u || Number(u.active) !== 1 || !(ROLES as readonly string[]).includes(u.role)) return null;
  if (signedInAt !== undefined && u.sessions_valid_from !== null && signedInAt < Number(u.sessions_valid_from))
    return null;
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role as Role,
    scopeCode: u.scope_code,
    officeId: u.office_id,
    counterId: u.counter_id,
    mustChangePassword: Number(u.must_change_password) === 1,
  };
}

/** Failed attempts for `username` inside the rate-limit window (kept in the database, so every
 *  app instance on one PostgreSQL sees the same count). */
export async function recentFailures(username: string, handle?: DbHandle, now = new Date()): Promise<number> {
  const { db } = handle ?? (await getHandle());
  const since = new Date(now.getTime() - RATE_LIMIT.windowMinutes * 60_000).toISOString();
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('username', '=', username)
    .where('success', '=', 0)
    .where('at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function assertNotRateLimited(username: string, handle?: DbHandle) {
  if ((await recentFailures(normalizeUsername(username), handle)) >= RATE_LIMIT.maxFailures) {
    throw errors.rateLimited(RATE_LIMIT.windowMinutes);
  }
}

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase().slice(0, 100);
}

/** Checks a username and password; records the attempt and an audit entry either way. */
export async function authenticate(rawUsername: string, password: string, handle?: DbHandle): Promise<Actor | null> {
  const h = handle ?? (await getHandle());
  const username = normalizeUsername(rawUsername);
  if (!username || !password) return null;
  await assertNotRateLimited(username, h);
  const user = await h.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const ok = !!user && Number(user.active) === 1 && (await verifyPassword(password.slice(0, 200), user.password_hash));
  await writeTx(h, async (tx) => {
    await tx
      .insertInto('login_attempts')
      .values({ username, at: nowIso(), success: ok ? 1 : 0 })
      .execute();
    await audit(tx, {
      actorId: user?.id ?? null,
      actorUsername: username,
      action: ok ? 'auth.sign_in' : 'auth.sign_in_failed',
      scopeCode: user?.scope_code ?? null,
    });
  });
  return ok && user ? loadActor(user.id, h) : null;
}
