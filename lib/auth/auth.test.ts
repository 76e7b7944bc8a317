import { beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { addUser } from '@/tests/users';
import { openDb } from '@/lib/db';
import { hashPassword } from './password';
import { authenticate, loadActor } from './users';
import { can, type Actor } from './permissions';
import { ADMIN, KADIS_JAMBI, KIOSK_KOTA_JAMBI, LOKET_KOTA_JAMBI, OP_KOTA_JAMBI } from '@/tests/actors';

describe.each(DB_KINDS)('sign-in on %s', (kind) => {
  const h = useFreshDb(kind);
  let userId: number;
  beforeAll(async () => {
    const passwordHash = await hashPassword('pantau-demo');
    userId = await addUser(h.db, {
      username: 'kadis.jambi',
      passwordHash,
      displayName: 'Kadis Jambi',
      role: 'PROVINCE_HEAD',
      scopeCode: '15',
    });
  });

  it('accepts the right password, refuses a wrong one, and audits both', async () => {
    const actor = await authenticate('Kadis.Jambi ', 'pantau-demo', h);
    expect(actor).toMatchObject({ id: userId, role: 'PROVINCE_HEAD', scopeCode: '15' });
    expect(await authenticate('kadis.jambi', 'salah', h)).toBeNull();
    const audit = await h.db.selectFrom('audit_log').select(['action', 'actor_username']).orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'auth.sign_in', actor_username: 'kadis.jambi' },
      { action: 'auth.sign_in_failed', actor_username: 'kadis.jambi' },
    ]);
  });

  it('refuses a sixth attempt after five failures within 15 minutes, even with the right password', async () => {
    for (let i = 0; i < 4; i++) expect(await authenticate('kadis.jambi', `salah-${i}`, h)).toBeNull();
    await expect(authenticate('kadis.jambi', 'pantau-demo', h)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      status: 429,
    });
    // Failures older than the window no longer count.
    await h.db
      .updateTable('login_attempts')
      .set({ at: new Date(Date.now() - 16 * 60_000).toISOString() })
      .execute();
    expect(await authenticate('kadis.jambi', 'pantau-demo', h)).not.toBeNull();
  });

  it('keeps the limit across two app instances on one database', async () => {
    await h.db
      .updateTable('login_attempts')
      .set({ at: new Date(Date.now() - 16 * 60_000).toISOString() })
      .execute();
    const other = await openDb(h.url); // a second instance: its own pool / connection
    try {
      for (let i = 0; i < 3; i++) expect(await authenticate('kadis.jambi', `a-${i}`, h)).toBeNull();
      for (let i = 0; i < 2; i++) expect(await authenticate('kadis.jambi', `b-${i}`, other)).toBeNull();
      await expect(authenticate('kadis.jambi', 'pantau-demo', h)).rejects.toMatchObject({ status: 429 });
      await expect(authenticate('kadis.jambi', 'pantau-demo', other)).rejects.toMatchObject({ status: 429 });
      const failed = await h.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'auth.sign_in_failed')
        .execute();
      expect(failed.length).toBe(1 + 4 + 5);
    } finally {
      await other.close();
      await h.db
        .updateTable('login_attempts')
        .set({ at: new Date(Date.now() - 16 * 60_000).toISOString() })
        .execute();
    }
  });

  it('refuses a deactivated user at the next request', async () => {
    expect(await loadActor(userId, h)).not.toBeNull();
    await h.db.updateTable('users').set({ active: 0 }).where('id', '=', userId).execute();
    expect(await loadActor(userId, h)).toBeNull();
    expect(await authenticate('kadis.jambi', 'pantau-demo', h)).toBeNull();
    await h.db.updateTable('users').set({ active: 1 }).where('id', '=', userId).execute();
  });
});

describe('permission table', () => {
  const cases: [Actor, string, boolean][] = [
    [ADMIN, 'national', true],
    [KADIS_JAMBI, '15', true],
    [KADIS_JAMBI, '15.71', true],
    [KADIS_JAMBI, '16', false],
    [KADIS_JAMBI, '16.71', false],
    [KADIS_JAMBI, '150', false],
    [KADIS_JAMBI, 'national', false],
    [OP_KOTA_JAMBI, '15.71', true],
    [OP_KOTA_JAMBI, '15', true],
    [OP_KOTA_JAMBI, '15.01', false],
    [OP_KOTA_JAMBI, '16', false],
    [LOKET_KOTA_JAMBI, '15.71', false],
    [KIOSK_KOTA_JAMBI, '15.71', false],
  ];
  it.each(cases)('overview.read for %j on %s is %s', (actor, scope, expected) => {
    expect(can(actor, 'overview.read', scope)).toBe(expected);
  });
  it('lets an office role read only its own office queue', () => {
    expect(can(KIOSK_KOTA_JAMBI, 'office.queue.read', { officeId: 1, regencyCode: '15.71' })).toBe(true);
    expect(can(KIOSK_KOTA_JAMBI, 'office.queue.read', { officeId: 2, regencyCode: '15.71' })).toBe(false);
  });
});
