import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { addUser } from '@/tests/users';
import { seedBase } from '@/lib/demo/seed';
import { authenticate, loadActor } from '@/lib/auth/users';
import { hashPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/permissions';
import { listAudit } from '@/lib/auditlog/queries';
import { changeOwnPassword, createUser, listUsers, resetPassword, setUserActive } from './queries';
import { passwordProblem } from './rules';

const GOOD = 'Jambi-Loket-2026!';

const sess = (signedInAt: number) => ({ signedInAt, sid: 'test-session' });
describe('password policy', () => {
  it('needs 12 characters and refuses common or guessable ones', () => {
    expect(passwordProblem('pendek123')?.id).toBe('Kata sandi minimal 12 karakter.');
    expect(passwordProblem('password1234')?.en).toBe('This password is too common or easy to guess. Choose another.');
    expect(passwordProblem('aaaaaaaaaaaaaaa')).not.toBeNull();
    expect(passwordProblem('operator.oki-2026', 'operator.oki')).not.toBeNull();
    expect(passwordProblem(GOOD)).toBeNull();
  });
});

describe.each(DB_KINDS)('users and the audit trail on %s', (kind) => {
  const h = useFreshDb(kind, seedBase);
  let admin: Actor;
  let kadisJambi: Actor;
  beforeAll(async () => {
    const passwordHash = await hashPassword('pantau-demo');
    for (const [username, role, scopeCode] of [
      ['admin', 'ADMIN', null],
      ['kadis.jambi', 'PROVINCE_HEAD', '15'],
      ['operator.oki', 'REGENCY_OFFICER', '16.02'],
    ] as const)
      await addUser(h.db, { username, passwordHash, role, scopeCode });
    admin = (await loadActor(1, h))!;
    kadisJambi = (await loadActor(2, h))!;
  });
  /** A regency officer with a good password, as `by` creates one through the users page. */
  const createOfficer = (by: Actor, username: string, displayName: string, scopeCode: string) =>
    createUser(by, { username, displayName, role: 'REGENCY_OFFICER', scopeCode, password: GOOD }, h);

  it('a head creates an officer in their province, who must change the password at first sign-in', async () => {
    const u = await createOfficer(kadisJambi, 'operator.batanghari', 'Operator Batang Hari', '15.04');
    expect(u).toMatchObject({
      username: 'operator.batanghari',
      role: 'REGENCY_OFFICER',
      scopeCode: '15.04',
      active: true,
      mustChangePassword: true,
    });
    const signedIn = await authenticate('operator.batanghari', GOOD, h);
    expect(signedIn?.mustChangePassword).toBe(true);
    await changeOwnPassword(signedIn!, { currentPassword: GOOD, newPassword: 'Batang-Hari-Baru-1' }, h);
    expect((await loadActor(u.id, h))?.mustChangePassword).toBe(false);
    expect((await listUsers(kadisJambi, h)).map((x) => x.username)).toEqual(['kadis.jambi', 'operator.batanghari']);
  });

  it('a head cannot create users outside the province or above their role; bad input changes nothing', async () => {
    const before = (await listUsers(admin, h)).length;
    await expect(createOfficer(kadisJambi, 'operator.x', 'X', '16.02')).rejects.toMatchObject({ status: 403 });
    await expect(
      createUser(
        kadisJambi,
        { username: 'kadis.x', displayName: 'X', role: 'PROVINCE_HEAD', scopeCode: '15', password: GOOD },
        h,
      ),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      createUser(
        kadisJambi,
        { username: 'operator.y', displayName: 'Y', role: 'REGENCY_OFFICER', scopeCode: '15.99', password: 'short' },
        h,
      ),
    ).rejects.toMatchObject({
      status: 422,
      fields: {
        password: { id: 'Kata sandi minimal 12 karakter.' },
        scopeCode: { en: 'This role needs an existing regency code (e.g. 15.71).' },
      },
    });
    await expect(createOfficer(admin, 'operator.oki', 'Dup', '16.02')).rejects.toMatchObject({ status: 422 });
    expect((await listUsers(admin, h)).length).toBe(before);
  });

  it('deactivation refuses the user at the next request; a reset forces a new password', async () => {
    const oki = (await listUsers(admin, h)).find((u) => u.username === 'operator.oki')!;
    await expect(setUserActive(kadisJambi, oki.id, false, h)).rejects.toMatchObject({ status: 403 });
    await setUserActive(admin, oki.id, false, h);
    expect(await loadActor(oki.id, h)).toBeNull();
    await setUserActive(admin, oki.id, true, h);
    const { temporaryPassword } = await resetPassword(admin, oki.id, h);
    expect(temporaryPassword).toHaveLength(16);
    expect(await authenticate('operator.oki', 'pantau-demo', h)).toBeNull();
    expect((await authenticate('operator.oki', temporaryPassword, h))?.mustChangePassword).toBe(true);
    await expect(setUserActive(admin, admin.id, false, h)).rejects.toMatchObject({ status: 409 });
  });

  it('the audit trail lists changes with before/after, filtered to the head’s province, and cannot be edited', async () => {
    const all = await listAudit(admin, { limit: 50, action: 'user' }, h);
    expect(all.entries.map((e) => e.action)).toEqual([
      'user.reset_password',
      'user.reactivate',
      'user.deactivate',
      'user.change_password',
      'user.create',
    ]);
    expect(all.entries[2]).toMatchObject({
      actorUsername: 'admin',
      scopeCode: '16.02',
      before: { username: 'operator.oki', active: true },
      after: { username: 'operator.oki', active: false },
    });
    const jambi = await listAudit(kadisJambi, { limit: 50, action: 'user' }, h);
    expect(jambi.entries.map((e) => e.action)).toEqual(['user.change_password', 'user.create']);
    await expect(listAudit(kadisJambi, { limit: 50, region: '16' }, h)).rejects.toMatchObject({ status: 403 });
    const paged = await listAudit(admin, { limit: 2, action: 'user' }, h);
    expect(paged.entries).toHaveLength(2);
    const next = await listAudit(admin, { limit: 50, action: 'user', cursor: paged.nextCursor! }, h);
    expect(next.entries.map((e) => e.action)).toEqual(['user.deactivate', 'user.change_password', 'user.create']);
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(h.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(h.db)).rejects.toThrow(/append-only/);
  });

  it('a session signed in before a deactivation, a reset or a password change stays refused; a new sign-in works', async () => {
    const u = await createOfficer(admin, 'operator.tebo', 'Operator Tebo', '15.09');
    const before = Date.now() - 1;
    expect(await loadActor(u.id, h, sess(before))).not.toBeNull(); // no revocation yet
    await setUserActive(admin, u.id, false, h);
    await setUserActive(admin, u.id, true, h);
    expect(await loadActor(u.id, h, sess(before))).toBeNull(); // reactivation does not revive it
    const fresh = Date.now() + 1;
    expect(await loadActor(u.id, h, sess(fresh))).not.toBeNull();

    const { temporaryPassword } = await resetPassword(admin, u.id, h);
    expect(await loadActor(u.id, h, sess(fresh))).toBeNull();
    const afterReset = Date.now() + 1;
    const tebo = (await loadActor(u.id, h, sess(afterReset)))!;
    expect(tebo.mustChangePassword).toBe(true);
    await changeOwnPassword(tebo, { currentPassword: temporaryPassword, newPassword: 'Sungai-Tebo-Jernih-9' }, h);
    expect(await loadActor(u.id, h, sess(afterReset))).toBeNull(); // the session that changed it signs in again
    expect((await authenticate('operator.tebo', 'Sungai-Tebo-Jernih-9', h))?.mustChangePassword).toBe(false);
    expect(await loadActor(u.id, h, sess(Date.now() + 1))).not.toBeNull();
  });
});
