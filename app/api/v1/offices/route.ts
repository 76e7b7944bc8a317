import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { homeScope } from '@/lib/auth/permissions';
import { createOffice, listOffices, officesQuery } from '@/lib/queue/offices';
import { readBody } from '@/lib/queue/validate';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { OFFICE_COLUMNS, officeCounterRows } from '@/lib/export/domains';
import { exportRegion } from '@/lib/export/region';

export const dynamic = 'force-dynamic';

const query = officesQuery.extend({ format: formatParam });

export const GET = route(async (req) => {
  const actor = await requireActor();
  const { format, ...q } = parseQuery(req, query);
  const offices = await listOffices(actor, q);
  if (format === 'json') return json(offices);
  const region = await exportRegion(q.scope ?? homeScope(actor));
  return exportResponse(format, {
    what: 'kantor',
    region: region.label,
    day: region.today,
    lang: exportLang(req),
    columns: OFFICE_COLUMNS,
    rows: officeCounterRows(offices),
  });
});

export const POST = route(async (req) => {
  const actor = await requireActor();
  return json(await createOffice(actor, await readBody(req)), { status: 201 });
});
