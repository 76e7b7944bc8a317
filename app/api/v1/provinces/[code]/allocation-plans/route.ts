import { otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { locationPath } from '@/lib/api/params';
import { planBody } from '@/lib/stock/schemas';
import { authorizeAllocation } from '@/lib/stock/movements';
import { planProvinceAllocation } from '@/lib/stock/queries';
import { ALLOCATION_COLUMNS } from '@/lib/export/stock';
import { exportRegion } from '@/lib/export/region';
import { exportWhat, itemOf } from '@/lib/stock/items';
import { planAnswer } from '@/lib/stock/answers';

export const dynamic = 'force-dynamic';

/** The proposal as JSON, or (`?format=csv|xlsx`) its lines as a download; writes nothing. The
 *  caller is authorized before the body is judged. */
export const POST = exportable(
  {
    method: 'POST',
    path: '/provinces/{code}/allocation-plans',
    summary: 'Propose how a shipment of Q blanks is split among the regencies (writes nothing)',
    output: planAnswer,
    params: locationPath,
    authorize: ({ actor, params: { code } }) => authorizeAllocation(actor, code),
    body: planBody,
  },
  {
    read: ({ req, actor, params: { code }, body }) =>
      planProvinceAllocation(actor, code, body.quantity, undefined, undefined, itemOf(body, req.nextUrl.searchParams)),
    table: async (plan) => {
      const region = await exportRegion(plan.provinceCode);
      return {
        what: exportWhat('usulan-alokasi', plan.item),
        region: region.label,
        day: plan.today,
        columns: ALLOCATION_COLUMNS,
        rows: plan.lines,
      };
    },
  },
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
