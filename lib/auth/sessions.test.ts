import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { addUser } from '@/tests/users';
import { hashPassword } from './password';
import { authenticate, assertNotRateLimited, loadActor, revokeSession, SESSION_MAX_AGE_SECONDS } from './users';
import { signInLockSeconds } from './throttle';

/** Issue 15 / SPEC §12: sign-out and the 8-hour lifetime end sessions on the server; the
 *  throttling rules per username and address, per username, per address; equal work for unknown
 *  and known usernames. */
describe.each(DB_KINDS)('sessions and sign-in throttling on %s', (kind) => {
  const h = useFreshDb(kind);
  let userId: number;
  const addOfficer = async (username: string, passwordHash: string) =>
    addUser(h.db, { username, passwordHash, role: 'REGENCY_OFFICER', scopeCode: '15.71' });
  beforeAll(async () => {
    userId = await addOfficer('operator.kotajambi', await hashPassword('pantau-demo'));
  });
  beforeEach(async () => {
    await h.db.deleteFrom('login_attempts').execute();
  });

  const failures = async (username: string, address: string, n: number, minutesAgo = 1) => {
    const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
    await h.db
      .insertInto('login_attempts')
      .values(Array.from({ length: n }, () => ({ username, at, success: 0, address })))
      .execute();
  };
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: { status?: number; headers?: Record<string, string> }) => ({
        status: e.status,
        retryAfter: Number(e.headers?.['Retry-After']),
      }),
    );

  it('a session that signed out is refused; another session of the same user is not', async () => {
    const signedInAt = Date.now() - 60_000;
    expect(await loadActor(userId, h, { signedInAt, sid: 'phone-session' })).not.toBeNull();
    await revokeSession('phone-session', signedInAt, h);
    await revokeSession('phone-session', signedInAt, h); // signing out twice is harmless
    expect(await loadActor(userId, h, { signedInAt, sid: 'phone-session' })).toBeNull();
    expect(await loadActor(userId, h, { signedInAt, sid: 'desktop-session' })).not.toBeNull();
    const row = await h.db.selectFrom('revoked_sessions').selectAll().executeTakeFirstOrThrow();
    expect(Number(row.expires_at)).toBe(signedInAt + SESSION_MAX_AGE_SECONDS * 1000);
  });

  it('a session lasts at most 8 hours from sign-in, however often renewed; a token without a session id is refused', async () => {
    const eightHours = SESSION_MAX_AGE_SECONDS * 1000;
    expect(await loadActor(userId, h, { signedInAt: Date.now() - eightHours + 60_000, sid: 's1' })).not.toBeNull();
    expect(await loadActor(userId, h, { signedInAt: Date.now() - eightHours - 1000, sid: 's1' })).toBeNull();
    expect(await loadActor(userId, h, { signedInAt: 0, sid: 's1' })).toBeNull();
    expect(await loadActor(userId, h, { signedInAt: Date.now(), sid: null })).toBeNull();
  });

  it('5 failures for one username from one address lock it for that address only (429, Retry-After)', async () => {
    await failures('operator.kotajambi', '10.0.0.1', 4, 5);
    expect(await authenticate('operator.kotajambi', 'salah', h, '10.0.0.1')).toBeNull(); // the 5th
    const locked = await refusal(authenticate('operator.kotajambi', 'pantau-demo', h, '10.0.0.1'));
    // the oldest failure (5 minutes ago) leaves the 15-minute window in 10 minutes
    expect(locked?.status).toBe(429);
    expect(locked!.retryAfter).toBeGreaterThanOrEqual(595);
    expect(locked!.retryAfter).toBeLessThanOrEqual(601);
    // the same user from another address is not locked out by the first one
    expect(await authenticate('operator.kotajambi', 'pantau-demo', h, '10.0.0.2')).not.toBeNull();
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['action', 'after_json'])
      .where('action', '=', 'auth.sign_in_throttled')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].after_json ?? '{}').address).toBe('10.0.0.1');
  });

  it('20 failures for one username from all addresses lock it everywhere', async () => {
    for (let i = 0; i < 19; i++) await failures('operator.kotajambi', `10.1.0.${i}`, 1);
    expect(await signInLockSeconds(h.db, 'operator.kotajambi', '10.9.9.9')).toBe(0);
    await failures('operator.kotajambi', '10.1.0.99', 1);
    expect((await refusal(authenticate('operator.kotajambi', 'pantau-demo', h, '10.9.9.9')))?.status).toBe(429);
    // failures older than 15 minutes no longer count
    await h.db
      .updateTable('login_attempts')
      .set({ at: new Date(Date.now() - 16 * 60_000).toISOString() })
      .execute();
    expect(await authenticate('operator.kotajambi', 'pantau-demo', h, '10.9.9.9')).not.toBeNull();
  });

  it('50 failures from one address across usernames lock that address for every username', async () => {
    for (let i = 0; i < 49; i++) await failures(`guess${i}`, '10.2.0.1', 1);
    expect(await signInLockSeconds(h.db, 'operator.kotajambi', '10.2.0.1')).toBe(0);
    await failures('guess49', '10.2.0.1', 1);
    expect((await refusal(assertNotRateLimited('operator.kotajambi', h, '10.2.0.1')))?.status).toBe(429);
    expect(await authenticate('operator.kotajambi', 'pantau-demo', h, '10.2.0.2')).not.toBeNull();
  });

  it('an unknown or inactive username costs a password comparison too', async () => {
    await addOfficer('nonaktif', await hashPassword('pantau-demo'));
    await h.db.updateTable('users').set({ active: 0 }).where('username', '=', 'nonaktif').execute();
    const time = async (username: string) => {
      const ms: number[] = [];
      for (let i = 0; i < 4; i++) {
        const t = performance.now();
        await authenticate(username, 'salah-sekali', h, `10.3.0.${i}`);
        ms.push(performance.now() - t);
      }
      return Math.min(...ms);
    };
    await time('tidak.ada'); // warm the dummy hash
    const known = await time('operator.kotajambi');
    const unknown = await time('tidak.ada');
    const inactive = await time('nonaktif');
    // without the comparison an unknown username answered in ~5 % of a known one's time; the
    // bound leaves room for a busy machine (no upper bound: a slower refusal leaks nothing)
    expect(unknown).toBeGreaterThan(known * 0.3);
    expect(inactive).toBeGreaterThan(known * 0.3);
  });
});
