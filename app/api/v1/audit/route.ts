import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { assertCan } from '@/lib/auth/permissions';
import { auditQuery, listAudit, listAuditForExport } from '@/lib/auditlog/queries';
import { EXPORT_CAP, capNote, exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { AUDIT_COLUMNS } from '@/lib/export/admin';
import { exportRegion } from '@/lib/export/region';

export const dynamic = 'force-dynamic';

const query = auditQuery.extend({ format: formatParam });

export const GET = route(async (req) => {
  const actor = await requireActor();
  assertCan(actor, 'audit.read', actor.scopeCode ?? 'national');
  const { format, ...q } = parseQuery(req, query);
  if (format === 'json') return json(await listAudit(actor, q));
  const { entries, capped } = await listAuditForExport(actor, q, EXPORT_CAP);
  const lang = exportLang(req);
  const region = await exportRegion(q.region ?? actor.scopeCode ?? 'national');
  return exportResponse(format, {
    what: 'audit',
    region: region.label,
    day: q.to ?? region.today,
    lang,
    columns: AUDIT_COLUMNS,
    rows: entries,
    note: capped ? capNote(EXPORT_CAP, lang) : undefined,
  });
});
