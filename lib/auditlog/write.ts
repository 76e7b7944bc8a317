import type { Db } from '@/lib/db';
import { nowIso } from '@/lib/db';

export interface AuditEntry {
  /** when: now, unless the entry belongs to data generated for another clock (the demo seeds) */
  at?: string;
  actorId: number | null;
  actorUsername: string | null;
  action: string;
  scopeCode?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one entry to the audit log (an append-only table: triggers refuse UPDATE and DELETE).
 *  Call it with the transaction of the change so both land or neither does. */
export async function audit(db: Db, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at ?? nowIso(),
      actor_id: e.actorId,
      actor_username: e.actorUsername,
      action: e.action,
      scope_code: e.scopeCode ?? null,
      before_json: e.before === undefined ? null : JSON.stringify(e.before),
      after_json: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}

/** The entry of a change a signed-in user made: who (their id and username), what, where. */
export function auditBy(
  db: Db,
  actor: { id: number; username: string },
  action: string,
  scopeCode: string | null,
  change: { before?: unknown; after?: unknown } = {},
): Promise<void> {
  return audit(db, { actorId: actor.id, actorUsername: actor.username, action, scopeCode, ...change });
}
