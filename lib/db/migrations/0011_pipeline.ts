/** Issue 15 (SPEC §11, §12): the fingerprint (method, path, canonical body) of the request
 *  an Idempotency-Key answered; the client address of a sign-in attempt (throttling per
 *  username and address); the sessions ended by signing out (refused until they expire);
 *  indexes for the housekeeping that deletes old keys and attempts. */
import type { Kysely } from 'kysely';
import type { DbKind } from '../index';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, kind: DbKind): Promise<void> {
  await db.schema.alterTable('idempotency_keys').addColumn('fingerprint', 'text').execute();
  await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').columns(['created_at']).execute();
  await db.schema.alterTable('login_attempts').addColumn('address', 'text').execute();
  await db.schema.createIndex('login_attempts_address_at').on('login_attempts').columns(['address', 'at']).execute();
  await db.schema.createIndex('login_attempts_at').on('login_attempts').columns(['at']).execute();
  await db.schema
    .createTable('revoked_sessions')
    .addColumn('sid', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', kind === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
    .execute();
}
