import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { exportLang, exportResponse } from '@/lib/export/table';
import { localDate } from '@/lib/time';
import { listQuery } from '@/lib/requisitions/schemas';
import { listRequisitions } from '@/lib/requisitions/queries';
import { LIST_COLUMNS } from '@/lib/requisitions/export';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  const { scope, format } = parseQuery(req, listQuery);
  const data = await listRequisitions(actor, scope);
  if (format === 'json') return json(data);
  return exportResponse(format, {
    what: 'permintaan',
    region: data.scope === 'national' ? 'Indonesia' : data.scope,
    day: localDate('Asia/Jakarta'),
    lang: exportLang(req),
    columns: LIST_COLUMNS,
    rows: data.requisitions,
  });
});
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
