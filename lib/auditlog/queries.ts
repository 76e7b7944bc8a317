import { z } from 'zod';
import { getHandle, type DbHandle } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { isValidDay, addDays } from '@/lib/time';

/** The audit trail (issue 6): read-only, newest first, filtered by user, action, region and
 *  period. The admin sees everything; a head the entries whose region lies in their province. */
export const auditQuery = z.object({
  user: z.string().trim().max(100).optional(),
  action: z
    .string()
    .trim()
    .regex(/^[a-z_.]{1,60}$/, 'action')
    .optional(),
  region: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/, 'region')
    .optional(),
  from: z.string().refine(isValidDay, 'from').optional(),
  to: z.string().refine(isValidDay, 'to').optional(),
  cursor: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export interface AuditEntryRow {
  id: number;
  at: string;
  actorUsername: string | null;
  action: string;
  scopeCode: string | null;
  before: unknown;
  after: unknown;
}

const parse = (s: string | null) => {
  if (s === null) return null;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return s;
  }
};

export async function listAudit(actor: Actor, q: AuditQuery, handle?: DbHandle) {
  const h = handle ?? (await getHandle());
  const scope = q.region ?? actor.scopeCode ?? 'national';
  assertCan(actor, 'audit.read', scope);
  const rows = await h.db
    .selectFrom('audit_log')
    .selectAll()
    .$if(scope !== 'national', (b) =>
      b.where((eb) => eb.or([eb('scope_code', '=', scope), eb('scope_code', 'like', `${scope}.%`)])),
    )
    .$call((b) => (q.user ? b.where('actor_username', '=', q.user.toLowerCase()) : b))
    .$call((b) => {
      const action = q.action;
      return action ? b.where((eb) => eb.or([eb('action', '=', action), eb('action', 'like', `${action}.%`)])) : b;
    })
    .$if(!!q.from, (b) => b.where('at', '>=', `${q.from}T00:00:00.000Z`))
    .$call((b) => (q.to ? b.where('at', '<', `${addDays(q.to, 1)}T00:00:00.000Z`) : b))
    .$call((b) => (q.cursor ? b.where('id', '<', q.cursor) : b))
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const page = rows.slice(0, q.limit);
  return {
    entries: page.map((r): AuditEntryRow => ({
      id: Number(r.id),
      at: r.at,
      actorUsername: r.actor_username,
      action: r.action,
      scopeCode: r.scope_code,
      before: parse(r.before_json),
      after: parse(r.after_json),
    })),
    nextCursor: rows.length > q.limit ? Number(page[page.length - 1].id) : null,
  };
}

/** Every entry matching the filters (not one page: the cursor is ignored), newest first, up to
 *  `cap`; `capped` says more matched. Same authorization as the list. */
export async function listAuditForExport(actor: Actor, q: AuditQuery, cap: number, handle?: DbHandle) {
  const { entries, nextCursor } = await listAudit(actor, { ...q, cursor: undefined, limit: cap }, handle);
  return { entries, capped: nextCursor !== null };
}
