import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDb, type TestDb } from '@/tests/db';
import { housekeep, maybeHousekeep } from './housekeeping';

/** Issue 15 / SPEC §12: the app deletes idempotency keys older than 7 days, sign-in attempts
 *  older than 30 days and expired revoked sessions itself, at most once an hour. */
describe.each(DB_KINDS)('housekeeping on %s', (kind) => {
  let h: TestDb;
  beforeAll(async () => {
    h = await freshDb(kind);
  });
  afterAll(async () => h?.drop());

  const now = new Date('2026-12-01T12:00:00Z');
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const seed = async () => {
    await h.db.deleteFrom('idempotency_keys').execute();
    await h.db.deleteFrom('login_attempts').execute();
    await h.db.deleteFrom('revoked_sessions').execute();
    await h.db
      .insertInto('idempotency_keys')
      .values(
        [1, 6.9, 7.1, 30].map((d) => ({
          actor_id: 1,
          key: `key-${d}-days`,
          route: 'POST /x',
          fingerprint: 'f',
          status: 201,
          response_json: '{}',
          created_at: ago(d),
        })),
      )
      .execute();
    await h.db
      .insertInto('login_attempts')
      .values([1, 29.9, 30.1, 90].map((d) => ({ username: `u-${d}`, at: ago(d), success: 0, address: '10.0.0.1' })))
      .execute();
    await h.db
      .insertInto('revoked_sessions')
      .values([
        { sid: 'expired', expires_at: now.getTime() - 1000 },
        { sid: 'live', expires_at: now.getTime() + 3600_000 },
      ])
      .execute();
  };
  const left = async () => ({
    keys: (await h.db.selectFrom('idempotency_keys').select('key').orderBy('key').execute()).map((r) => r.key),
    attempts: (await h.db.selectFrom('login_attempts').select('username').orderBy('username').execute()).map(
      (r) => r.username,
    ),
    sessions: (await h.db.selectFrom('revoked_sessions').select('sid').execute()).map((r) => r.sid),
  });

  it('deletes keys older than 7 days, attempts older than 30 days and expired revocations, nothing else', async () => {
    await seed();
    await housekeep(h.db, now);
    expect(await left()).toEqual({
      keys: ['key-1-days', 'key-6.9-days'],
      attempts: ['u-1', 'u-29.9'],
      sessions: ['live'],
    });
  });

  it('the write path runs it at most once an hour', async () => {
    const t0 = Date.parse('2030-01-01T00:00:00Z') + (kind === 'postgres' ? 30 * 86_400_000 : 0);
    const old = new Date(t0 - 31 * 86_400_000).toISOString();
    await h.db.insertInto('login_attempts').values({ username: 'old', at: old, success: 0, address: '' }).execute();
    const first = maybeHousekeep(t0, h.db);
    expect(first).not.toBeNull();
    await first;
    expect((await left()).attempts).not.toContain('old');
    await h.db.insertInto('login_attempts').values({ username: 'old', at: old, success: 0, address: '' }).execute();
    expect(maybeHousekeep(t0 + 59 * 60_000, h.db)).toBeNull(); // within the hour: not again
    expect((await left()).attempts).toContain('old');
    const next = maybeHousekeep(t0 + 61 * 60_000, h.db);
    expect(next).not.toBeNull();
    await next;
    expect((await left()).attempts).not.toContain('old');
  });
});
