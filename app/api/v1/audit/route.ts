import { operation, otherMethods } from '@/lib/api/pipeline';
import { assertCan } from '@/lib/auth/permissions';
import { auditQuery, listAudit, listAuditForExport } from '@/lib/auditlog/queries';
import { EXPORT_CAP, capNote, exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { AUDIT_COLUMNS } from '@/lib/export/admin';
import { exportRegion } from '@/lib/export/region';
import { auditAnswer } from '@/lib/auditlog/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/audit',
    summary: 'The audit trail, newest first',
    output: auditAnswer,
    query: auditQuery.extend({ format: formatParam }),
  },
  async ({ req, actor, query: { format, ...q } }) => {
    assertCan(actor, 'audit.read', actor.scopeCode ?? 'national');
    if (format === 'json') return listAudit(actor, q);
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
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
