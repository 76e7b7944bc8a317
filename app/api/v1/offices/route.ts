import { operation, otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { homeScope } from '@/lib/auth/permissions';
import { createOffice, listOffices } from '@/lib/queue/offices';
import { readBody } from '@/lib/queue/validate';
import { OFFICE_COLUMNS, officeCounterRows } from '@/lib/export/domains';
import { exportRegion } from '@/lib/export/region';
import { officeAnswer, officesAnswer } from '@/lib/queue/answers';
import { officeBody, officesQuery } from '@/lib/queue/schemas';

export const dynamic = 'force-dynamic';

export const GET = exportable(
  {
    method: 'GET',
    path: '/offices',
    summary: 'Offices of a region with their counters',
    output: officesAnswer,
    query: officesQuery,
  },
  {
    read: ({ actor, query }) => listOffices(actor, query),
    table: async (offices, { actor, query }) => {
      const region = await exportRegion(query.scope ?? homeScope(actor));
      return {
        what: 'kantor',
        region: region.label,
        day: region.today,
        columns: OFFICE_COLUMNS,
        rows: officeCounterRows(offices),
      };
    },
  },
);

export const POST = operation(
  {
    method: 'POST',
    path: '/offices',
    summary: 'Create an office (regency officer: own regency)',
    output: officeAnswer,
    domainBody: officeBody,
    status: 201,
  },
  async ({ req, actor }) => createOffice(actor, await readBody(req)),
);
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
