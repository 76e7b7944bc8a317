import { json, route } from '@/lib/api/handler';
import { parseBody, parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { exportLang, exportResponse } from '@/lib/export/table';
import { detailQuery, updateBody } from '@/lib/requisitions/schemas';
import { authorizeUpdate, getRequisition, updateRequisition } from '@/lib/requisitions/queries';
import { LINE_COLUMNS } from '@/lib/requisitions/export';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

const idOf = (s: string) => (/^\d{1,10}$/.test(s) ? Number(s) : 0);

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor();
  const { format } = parseQuery(req, detailQuery);
  const r = await getRequisition(actor, idOf(id));
  if (format === 'json') return json(r);
  return exportResponse(format, {
    what: `permintaan-${r.id}`,
    region: `${r.provinceCode} ${r.provinceName}`,
    day: r.figuresOn,
    lang: exportLang(req),
    columns: LINE_COLUMNS,
    rows: r.lines,
  });
});

export const PUT = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor();
  await authorizeUpdate(actor, idOf(id));
  const body = await parseBody(req, updateBody);
  return json(await updateRequisition(actor, idOf(id), body));
});
export const { POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
