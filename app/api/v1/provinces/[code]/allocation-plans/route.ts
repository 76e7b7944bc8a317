import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { locationPath } from '@/lib/api/params';
import { parseBody } from '@/lib/api/query';
import { planBody } from '@/lib/stock/schemas';
import { authorizeAllocation } from '@/lib/stock/movements';
import { planProvinceAllocation } from '@/lib/stock/queries';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { ALLOCATION_COLUMNS } from '@/lib/export/stock';
import { exportRegion } from '@/lib/export/region';
import { exportWhat, itemOf } from '@/lib/stock/items';
import { planAnswer } from '@/lib/stock/answers';

export const dynamic = 'force-dynamic';

/** The proposal as JSON, or (`?format=csv|xlsx`) its lines as a download; writes nothing. The
 *  caller is authorized before the body is judged. */
export const POST = operation(
  {
    method: 'POST',
    path: '/provinces/{code}/allocation-plans',
    summary: 'Propose how a shipment of Q blanks is split among the regencies (writes nothing)',
    output: planAnswer,
    params: locationPath,
    query: z.object({ format: formatParam }),
    domainBody: planBody,
  },
  async ({ req, actor, params: { code }, query: { format } }) => {
    await authorizeAllocation(actor, code);
    const body = await parseBody(req, planBody);
    const item = itemOf(body, req.nextUrl.searchParams);
    const plan = await planProvinceAllocation(actor, code, body.quantity, undefined, undefined, item);
    if (format === 'json') return plan;
    const region = await exportRegion(plan.provinceCode);
    return exportResponse(format, {
      what: exportWhat('usulan-alokasi', plan.item),
      region: region.label,
      day: plan.today,
      lang: exportLang(req),
      columns: ALLOCATION_COLUMNS,
      rows: plan.lines,
    });
  },
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
