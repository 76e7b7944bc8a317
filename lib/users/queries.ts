import { z } from 'zod';
import { getHandle, isRowId, nowIso, writeTx, type DbHandle } from '@/lib/db';
import type { UserTable } from '@/lib/db/schema';
import { ApiError, errors } from '@/lib/api/errors';
import { msg } from '@/lib/i18n/messages';
import { auditBy } from '@/lib/auditlog/write';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { assertCan, ROLES, within, type Actor, type Role } from '@/lib/auth/permissions';
import { passwordProblem, temporaryPassword } from './rules';

/** User administration (issue 6): the admin manages everyone, a province head the users whose
 *  scope lies in their province (officers, counter operators, kiosks), nobody their own access. */

const ROLE_RANK: Record<Role, number> = {
  ADMIN: 0,
  PROVINCE_HEAD: 1,
  REGENCY_OFFICER: 2,
  COUNTER_OPERATOR: 3,
  KIOSK: 3,
};

export const newUserSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9][a-z0-9._-]{2,39}$/,
      msg(
        'Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
        'Username: 3–40 lowercase letters, digits, dots, underscores or hyphens.',
      ),
    ),
  displayName: z
    .string()
    .trim()
    .min(2, msg('Nama lengkap minimal 2 karakter.', 'Full name needs at least 2 characters.'))
    .max(120, msg('Nama lengkap paling panjang 120 karakter.', 'Full name may be at most 120 characters.')),
  role: z.enum(ROLES, { message: msg('Peran tidak dikenal.', 'Unknown role.') }),
  scopeCode: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/, msg('Kode wilayah seperti 15 atau 15.71.', 'Region code like 15 or 15.71.'))
    .nullish(),
  officeId: z.coerce.number().int().positive().nullish(),
  counterId: z.coerce.number().int().positive().nullish(),
  password: z.string().max(200),
});
export type NewUser = z.infer<typeof newUserSchema>;

/** A user as the administration lists them: the signed-in view (Actor) and the account state. */
export interface UserRow extends Actor {
  active: boolean;
  createdAt: string;
}

/** May `actor` manage a user with this role and scope? */
function manages(actor: Actor, role: Role, scopeCode: string | null): boolean {
  if (actor.role === 'ADMIN') return true;
  if (actor.role !== 'PROVINCE_HEAD' || !actor.scopeCode) return false;
  return ROLE_RANK[role] > ROLE_RANK.PROVINCE_HEAD && scopeCode !== null && within(actor.scopeCode, scopeCode);
}

const toRow = (
  u: Omit<UserTable, 'id' | 'password_hash' | 'sessions_valid_from' | 'updated_at'> & { id: number },
): UserRow => ({
  id: Number(u.id),
  username: u.username,
  displayName: u.display_name,
  role: u.role as Role,
  scopeCode: u.scope_code,
  officeId: u.office_id === null ? null : Number(u.office_id),
  counterId: u.counter_id === null ? null : Number(u.counter_id),
  active: Number(u.active) === 1,
  mustChangePassword: Number(u.must_change_password) === 1,
  createdAt: u.created_at,
});

export async function listUsers(actor: Actor, handle?: DbHandle): Promise<UserRow[]> {
  const h = handle ?? (await getHandle());
  assertCan(actor, 'users.manage', actor.scopeCode ?? 'national');
  const rows = await h.db
    .selectFrom('users')
    .selectAll()
    .$if(actor.role !== 'ADMIN', (q) =>
      q.where((eb) =>
        eb.or([eb('scope_code', '=', actor.scopeCode), eb('scope_code', 'like', `${actor.scopeCode}.%`)]),
      ),
    )
    .orderBy('username')
    .execute();
  return rows.map(toRow).filter((u) => manages(actor, u.role, u.scopeCode) || u.id === actor.id);
}

async function loadManaged(h: DbHandle, actor: Actor, id: number) {
  const u = await h.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!u) throw errors.notFound({ id: 'Pengguna', en: 'User' });
  if (!manages(actor, u.role as Role, u.scope_code)) throw errors.forbidden();
  if (u.id === actor.id) {
    throw new ApiError('CONFLICT', {
      id: 'Anda tidak dapat mengubah akses akun Anda sendiri.',
      en: 'You cannot change the access of your own account.',
    });
  }
  return u;
}

export async function createUser(actor: Actor, input: NewUser, handle?: DbHandle): Promise<UserRow> {
  const h = handle ?? (await getHandle());
  assertCan(actor, 'users.manage', actor.scopeCode ?? 'national');
  const scope = input.role === 'ADMIN' ? null : (input.scopeCode ?? null);
  if (!manages(actor, input.role, scope)) throw errors.forbidden();
  const fields: Record<string, { id: string; en: string }> = {};
  const pw = passwordProblem(input.password, input.username);
  if (pw) fields.password = pw;
  if (input.role !== 'ADMIN' && !scope)
    fields.scopeCode = { id: 'Wilayah wajib diisi untuk peran ini.', en: 'This role needs a region.' };
  if (scope) {
    const region = await h.db
      .selectFrom('regions')
      .select(['code', 'level'])
      .where('code', '=', scope)
      .executeTakeFirst();
    const wantLevel = input.role === 'PROVINCE_HEAD' ? 'province' : 'regency';
    if (!region || region.level !== wantLevel) {
      fields.scopeCode =
        wantLevel === 'province'
          ? {
              id: 'Kepala dinas provinsi memerlukan kode provinsi yang ada (mis. 15).',
              en: 'A province head needs an existing province code (e.g. 15).',
            }
          : {
              id: 'Peran ini memerlukan kode kabupaten/kota yang ada (mis. 15.71).',
              en: 'This role needs an existing regency code (e.g. 15.71).',
            };
    }
  }
  let officeId: number | null = null;
  let counterId: number | null = null;
  if (input.role === 'KIOSK' || input.role === 'COUNTER_OPERATOR') {
    const office = input.officeId
      ? await h.db
          .selectFrom('offices')
          .select(['id', 'regency_code'])
          .where('id', '=', input.officeId)
          .executeTakeFirst()
      : undefined;
    if (!office || office.regency_code !== scope)
      fields.officeId = {
        id: 'Pilih kantor layanan di kabupaten/kota tersebut.',
        en: 'Choose a service office in that regency.',
      };
    else officeId = office.id;
    if (input.role === 'COUNTER_OPERATOR') {
      const counter = input.counterId
        ? await h.db
            .selectFrom('counters')
            .select(['id', 'office_id'])
            .where('id', '=', input.counterId)
            .executeTakeFirst()
        : undefined;
      if (!counter || counter.office_id !== officeId)
        fields.counterId = { id: 'Pilih loket di kantor tersebut.', en: 'Choose a counter of that office.' };
      else counterId = counter.id;
    }
  }
  if (Object.keys(fields).length) throw errors.validation(fields);
  const hash = await hashPassword(input.password);
  return writeTx(h, async (tx) => {
    const taken = await tx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
    if (taken)
      throw errors.validation({ username: { id: 'Nama pengguna sudah dipakai.', en: 'This username is taken.' } });
    const row = await tx
      .insertInto('users')
      .values({
        username: input.username,
        password_hash: hash,
        display_name: input.displayName,
        role: input.role,
        scope_code: scope,
        office_id: officeId,
        counter_id: counterId,
        active: 1,
        must_change_password: 1,
        created_at: nowIso(),
        updated_at: nowIso(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const user = toRow(row);
    await auditBy(tx, actor, 'user.create', scope, { after: user });
    return user;
  });
}

export async function setUserActive(actor: Actor, id: number, active: boolean, handle?: DbHandle): Promise<UserRow> {
  const h = handle ?? (await getHandle());
  assertCan(actor, 'users.manage', actor.scopeCode ?? 'national');
  const u = await loadManaged(h, actor, id);
  return writeTx(h, async (tx) => {
    const row = await tx
      .updateTable('users')
      .set({ active: active ? 1 : 0, updated_at: nowIso(), ...(active ? {} : { sessions_valid_from: Date.now() }) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditBy(tx, actor, active ? 'user.reactivate' : 'user.deactivate', u.scope_code, {
      before: { username: u.username, active: Number(u.active) === 1 },
      after: { username: u.username, active },
    });
    return toRow(row);
  });
}

/** Sets a temporary password that the user must change at the next sign-in; returns it once. */
export async function resetPassword(
  actor: Actor,
  id: number,
  handle?: DbHandle,
): Promise<{ user: UserRow; temporaryPassword: string }> {
  const h = handle ?? (await getHandle());
  assertCan(actor, 'users.manage', actor.scopeCode ?? 'national');
  const u = await loadManaged(h, actor, id);
  const temp = temporaryPassword();
  const hash = await hashPassword(temp);
  return writeTx(h, async (tx) => {
    const row = await tx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 1, updated_at: nowIso(), sessions_valid_from: Date.now() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditBy(tx, actor, 'user.reset_password', u.scope_code, {
      after: { username: u.username, mustChangePassword: true },
    });
    return { user: toRow(row), temporaryPassword: temp };
  });
}

export const changePasswordSchema = z.object({
  currentPassword: z.string().max(200),
  newPassword: z.string().max(200),
});

export async function changeOwnPassword(
  actor: Actor,
  input: z.infer<typeof changePasswordSchema>,
  handle?: DbHandle,
): Promise<void> {
  const h = handle ?? (await getHandle());
  const u = await h.db.selectFrom('users').selectAll().where('id', '=', actor.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(input.currentPassword, u.password_hash))) {
    throw errors.validation({
      currentPassword: { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
    });
  }
  const problem = passwordProblem(input.newPassword, u.username);
  if (problem) throw errors.validation({ newPassword: problem });
  if (input.newPassword === input.currentPassword) {
    throw errors.validation({
      newPassword: {
        id: 'Kata sandi baru harus berbeda dari yang lama.',
        en: 'The new password must differ from the old one.',
      },
    });
  }
  const hash = await hashPassword(input.newPassword);
  await writeTx(h, async (tx) => {
    await tx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 0, updated_at: nowIso(), sessions_valid_from: Date.now() })
      .where('id', '=', actor.id)
      .execute();
    await auditBy(tx, actor, 'user.change_password', actor.scopeCode);
  });
}

/** The role check that comes before any body is read (a kiosk learns nothing from a 422). */
export function assertManagesUsers(actor: Actor): void {
  assertCan(actor, 'users.manage', actor.scopeCode ?? 'national');
}

export function userIdParam(raw: string): number {
  const id = Number(raw);
  if (!isRowId(id)) throw errors.notFound({ id: 'Pengguna', en: 'User' });
  return id;
}
