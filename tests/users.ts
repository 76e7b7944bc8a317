import type { Db } from '@/lib/db';
import { nowIso } from '@/lib/db';

/** Adds an active account straight into the users table, as if made long ago: no office or
 *  counter, the first password already changed. Returns its id. */
export async function addUser(
  db: Db,
  user: { username: string; passwordHash: string; role: string; scopeCode: string | null; displayName?: string },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      username: user.username,
      password_hash: user.passwordHash,
      display_name: user.displayName ?? user.username,
      role: user.role,
      scope_code: user.scopeCode,
      office_id: null,
      counter_id: null,
      active: 1,
      must_change_password: 0,
      created_at: nowIso(),
      updated_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
