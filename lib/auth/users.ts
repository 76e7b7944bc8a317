import { getHandle, nowIso, writeTx, type DbHandle } from '@/lib/db';
import { audit } from '@/lib/auditlog/write';
import { errors } from '@/lib/api/errors';
import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from './password';
import { signInLockSeconds } from './throttle';
import { ROLES, type Actor, type Role } from './permissions';

/** A session lasts at most 8 hours from sign-in, however often it is renewed (SPEC §12). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The session a request carries: when it signed in (ms) and its id (`sid`, what signing out
 *  revokes; null for a token without one, which is refused). */
export interface SessionClaims {
  signedInAt: number;
  sid: string | null;
}

/** Re-reads a user on every request: a deactivated user, or one whose role changed, is refused
 *  or re-scoped at once, whatever the session cookie says. With `session`: refused when it
 *  signed in more than 8 hours ago, was signed out (revoked_sessions), or signed in before the
 *  user's last deactivation or password reset or change. */
export async function loadActor(userId: number, handle?: DbHandle, session?: SessionClaims): Promise<Actor | null> {
  const { db } = handle ?? (await getHandle());
  if (session) {
    if (!session.sid || !(Date.now() - session.signedInAt <= SESSION_MAX_AGE_SECONDS * 1000)) return null;
  }
  const sid = session?.sid ?? null;
  const u = await db
    .selectFrom('users')
    .selectAll()
    .select((eb) =>
      eb
        .selectFrom('revoked_sessions')
        .select(eb.lit(1).as('one'))
        .where('sid', '=', sid ?? '')
        .as('revoked'),
    )
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!u || Number(u.active) !== 1 || !(ROLES as readonly string[]).includes(u.role)) return null;
  if (session && u.revoked !== null && u.revoked !== undefined) return null;
  if (session && u.sessions_valid_from !== null && session.signedInAt < Number(u.sessions_valid_from)) return null;
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

/** Ends a session on the server (sign-out): its token is refused from now on, on every
 *  instance, until it would have expired anyway (then housekeeping forgets it). */
export async function revokeSession(sid: string, signedInAt: number, handle?: DbHandle): Promise<void> {
  const { db } = handle ?? (await getHandle());
  const expiresAt = (signedInAt > 0 ? signedInAt : Date.now()) + SESSION_MAX_AGE_SECONDS * 1000;
  await db
    .insertInto('revoked_sessions')
    .values({ sid: sid.slice(0, 100), expires_at: expiresAt })
    .onConflict((oc) => oc.column('sid').doNothing())
    .execute();
}

/** A scrypt hash of a random password, compared against when the username is unknown or
 *  inactive, so sign-in costs the same either way (SPEC §12). */
let dummyHash: Promise<string> | null = null;
const dummy = () => (dummyHash ??= hashPassword(randomBytes(18).toString('base64')));

/** Throws 429 (with `Retry-After`) while `username` is locked for `address`; the refused
 *  attempt is audited. */
export async function assertNotRateLimited(username: string, handle?: DbHandle, address = '') {
  const h = handle ?? (await getHandle());
  const name = normalizeUsername(username);
  const wait = await signInLockSeconds(h.db, name, address);
  if (wait <= 0) return;
  await writeTx(h, (tx) =>
    audit(tx, {
      actorId: null,
      actorUsername: name,
      action: 'auth.sign_in_throttled',
      after: { address: address || null, retryAfterSeconds: wait },
    }),
  );
  throw errors.rateLimited(Math.ceil(wait / 60)).withHeaders({ 'Retry-After': String(wait) });
}

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase().slice(0, 100);
}

/** Checks a username and password; records the attempt (with the client address) and an audit
 *  entry either way. Unknown and inactive usernames cost one scrypt comparison too. */
export async function authenticate(
  rawUsername: string,
  password: string,
  handle?: DbHandle,
  address = '',
): Promise<Actor | null> {
  const h = handle ?? (await getHandle());
  const username = normalizeUsername(rawUsername);
  if (!username || !password) return null;
  await assertNotRateLimited(username, h, address);
  const user = await h.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const matches = await verifyPassword(password.slice(0, 200), user?.password_hash ?? (await dummy()));
  const ok = !!user && Number(user.active) === 1 && matches;
  await writeTx(h, async (tx) => {
    await tx
      .insertInto('login_attempts')
      .values({ username, at: nowIso(), success: ok ? 1 : 0, address: address.slice(0, 100) })
      .execute();
    await audit(tx, {
      actorId: user?.id ?? null,
      actorUsername: username,
      action: ok ? 'auth.sign_in' : 'auth.sign_in_failed',
      scopeCode: user?.scope_code ?? null,
      ...(address ? { after: { address } } : {}),
    });
  });
  return ok && user ? loadActor(user.id, h) : null;
}
