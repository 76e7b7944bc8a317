import { cookies } from 'next/headers';
import { getServerSession } from 'next-auth';
import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import { jwtDecrypt } from 'jose';
import { errors } from '@/lib/api/errors';
import { authOptions } from './options';
import { loadActor } from './users';
import type { Actor } from './permissions';

/** The session cookie's name: next-auth's, `__Secure-` prefixed when the site runs on https. */
function sessionCookieName(): string {
  const secure = process.env.NEXTAUTH_URL?.startsWith('https://') ?? !!process.env.VERCEL;
  return secure ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

/** The session token, joined from next-auth's chunks (`name.0`, `name.1`, …) when it was split. */
async function sessionToken(): Promise<string | null> {
  const name = sessionCookieName();
  const jar = await cookies();
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join('') : null;
}

/** next-auth's session encryption key: HKDF-SHA256 of the secret (empty salt, next-auth's info
 *  string), exactly as next-auth/jwt derives it, but once per secret instead of once per request
 *  (it was the largest single cost of a cached API answer). */
let derived: { secret: string; key: KeyObject } | null = null;
function encryptionKey(secret: string): KeyObject {
  if (derived?.secret !== secret) {
    const key = createSecretKey(
      new Uint8Array(hkdfSync('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32)),
    );
    derived = { secret, key };
  }
  return derived.key;
}

/** The session in the cookie, or null. The token is decrypted and checked (A256GCM with
 *  the derived key, expiry with 15 s of clock tolerance) exactly as next-auth's
 *  `getServerSession` does through next-auth/jwt `decode`, with the same library (jose), but
 *  without the rest of that call on every request: HKDF again, a CSRF token, and a re-encrypted
 *  session cookie that a server component or route handler cannot send anyway. */
async function currentSession(): Promise<TokenSession | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) {
    // `next dev` without a secret: next-auth derives one itself; ask it
    const session = await getServerSession(authOptions);
    const id = Number(session?.user?.id);
    // (the session id stays inside the token: in this mode sign-out is not checked here)
    return Number.isInteger(id) && id > 0
      ? { id, signedInAt: Number(session?.user?.signedInAt ?? 0), sid: undefined }
      : null;
  }
  const token = await sessionToken();
  return token ? sessionOfToken(token, secret) : null;
}

/** Who a session token is for, when they signed in (ms; 0 for a token from before that was
 *  recorded, which is refused) and its session id (`sid`: what sign-out revokes; null when the
 *  token has none, which is refused; undefined when not checked). */
export interface TokenSession {
  id: number;
  signedInAt: number;
  sid: string | null | undefined;
}

/** The session in a next-auth session token (null when forged, tampered with or expired). */
export async function sessionOfToken(token: string, secret: string): Promise<TokenSession | null> {
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
    const id = Number(payload.uid);
    const signedInAt = Number(payload.signedInAt ?? 0);
    const sid = typeof payload.sid === 'string' && payload.sid ? payload.sid : null;
    return Number.isInteger(id) && id > 0
      ? { id, signedInAt: Number.isFinite(signedInAt) ? signedInAt : 0, sid }
      : null;
  } catch {
    return null;
  }
}

/** The user id in a next-auth session token (null when forged, tampered with or expired). */
export async function userIdOfToken(token: string, secret: string): Promise<number | null> {
  return (await sessionOfToken(token, secret))?.id ?? null;
}

/** The signed-in user, re-read from the database on every request (null when signed out,
 *  deactivated, or the session token is forged or expired). */
export async function getActor(): Promise<Actor | null> {
  const session = await currentSession();
  if (session === null) return null;
  if (session.sid === undefined)
    return loadActor(session.id, undefined, { signedInAt: session.signedInAt, sid: 'dev' });
  return loadActor(session.id, undefined, { signedInAt: session.signedInAt, sid: session.sid });
}

/** The signed-in user, or a 401. A user who must change a reset password gets a 403 for
 *  everything except changing it (`allowPasswordChange`). */
export async function requireActor(opts: { allowPasswordChange?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw errors.unauthenticated();
  if (actor.mustChangePassword && !opts.allowPasswordChange) throw errors.mustChangePassword();
  return actor;
}
