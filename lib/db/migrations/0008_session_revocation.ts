import type { Kysely } from 'kysely';
import type { DbKind } from '../index';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, kind: DbKind): Promise<void> {
  // a deactivation or a password reset or change ends the user's open sessions for good:
  // a session signed in before this instant stays refused after a reactivation
  await db.schema
    .alterTable('users')
    .addColumn('sessions_valid_from', kind === 'postgres' ? 'bigint' : 'integer')
    .execute();
}
