import { z } from 'zod';
import { json, route } from '@/lib/api/handler';
import { parseBody, parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { planBody } from '@/lib/stock/schemas';
import { authorizeAllocation } from '@/lib/stock/movements';
import { planProvinceAllocation } from '@/lib/stock/queries';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { ALLOCATION_COLUMNS } from '@/lib/export/stock';
import { exportRegion } from '@/lib/export/region';
import { exportWhat, itemOf } from '@/lib/stock/items';

export const dynamic = 'force-dynamic';

/** The proposal as JSON, or (`?format=csv|xlsx`) its lines as a download; writes nothing. */
export const POST = route<{ code: string }>(async (req, { code }) => {
  const actor = await requireActor();
  await authorizeAllocation(actor, code);
  const { format } = parseQuery(req, z.object({ format: formatParam }));
  const body = await parseBody(req, planBody);
  const item = itemOf(body, req.nextUrl.searchParams);
  const plan = await planProvinceAllocation(actor, code, body.quantity, undefined, undefined, item);
  if (format === 'json') return json(plan);
  const region = await exportRegion(plan.provinceCode);
  return exportResponse(format, {
    what: exportWhat('usulan-alokasi', plan.item),
    region: region.label,
    day: plan.today,
    lang: exportLang(req),
    columns: ALLOCATION_COLUMNS,
    rows: plan.lines,
  });
});
