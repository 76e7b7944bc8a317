import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { assertCan } from '@/lib/auth/permissions';
import { auditQuery, listAudit } from '@/lib/auditlog/queries';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  assertCan(actor, 'audit.read', actor.scopeCode ?? 'national');
  return json(await listAudit(actor, parseQuery(req, auditQuery)));
});
