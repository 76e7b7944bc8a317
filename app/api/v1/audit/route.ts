import { otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { auditQuery, listAudit, listAuditForExport } from '@/lib/auditlog/queries';
import { EXPORT_CAP } from '@/lib/export/table';
import { AUDIT_COLUMNS } from '@/lib/export/admin';
import { exportRegion } from '@/lib/export/region';
import { auditAnswer } from '@/lib/auditlog/answers';

export const dynamic = 'force-dynamic';

/** `listAudit` authorizes the caller for the region asked (default: their scope). */
export const GET = exportable(
  {
    method: 'GET',
    path: '/audit',
    summary: 'The audit trail, newest first',
    output: auditAnswer,
    query: auditQuery,
  },
  {
    read: ({ actor, query }) => listAudit(actor, query),
    readAll: ({ actor, query }) => listAuditForExport(actor, query, EXPORT_CAP),
    table: async ({ entries, capped }, { actor, query }) => {
      const region = await exportRegion(query.region ?? actor.scopeCode ?? 'national');
      return {
        what: 'audit',
        region: region.label,
        day: query.to ?? region.today,
        columns: AUDIT_COLUMNS,
        rows: entries,
        capped,
      };
    },
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
