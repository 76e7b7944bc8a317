import { operation, otherMethods } from '@/lib/api/pipeline';
import { getOverview, overviewQuery } from '@/lib/overview/queries';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { OVERVIEW_COLUMNS } from '@/lib/export/overview';
import { overviewAnswer } from '@/lib/overview/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/overview',
    summary: 'The three pillars for the nation, a province or a regency',
    output: overviewAnswer,
    query: overviewQuery.extend({ format: formatParam }),
  },
  async ({ req, actor, query: { format, ...q } }) => {
    const data = await getOverview(actor, q);
    if (format === 'json') return data;
    return exportResponse(format, {
      what: 'ringkasan',
      region: data.scope.level === 'national' ? 'Indonesia' : `${data.scope.code} ${data.scope.name}`,
      day: data.asOf ?? data.today,
      lang: exportLang(req),
      columns: OVERVIEW_COLUMNS,
      rows: data.children,
    });
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
