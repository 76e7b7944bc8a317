import { otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { getOverview, overviewQuery } from '@/lib/overview/queries';
import { OVERVIEW_COLUMNS } from '@/lib/export/overview';
import { overviewAnswer } from '@/lib/overview/answers';

export const dynamic = 'force-dynamic';

export const GET = exportable(
  {
    method: 'GET',
    path: '/overview',
    summary: 'The three pillars for the nation, a province or a regency',
    output: overviewAnswer,
    query: overviewQuery,
  },
  {
    read: ({ actor, query }) => getOverview(actor, query),
    table: (data) => ({
      what: 'ringkasan',
      region: data.scope.level === 'national' ? 'Indonesia' : `${data.scope.code} ${data.scope.name}`,
      day: data.asOf ?? data.today,
      columns: OVERVIEW_COLUMNS,
      rows: data.children,
    }),
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
