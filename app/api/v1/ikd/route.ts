import { operation, otherMethods } from '@/lib/api/pipeline';
import { getIkdRanking, ikdQuery } from '@/lib/ikd/queries';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { IKD_COLUMNS } from '@/lib/export/domains';
import { ikdRankingAnswer } from '@/lib/ikd/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/ikd',
    summary:
      'IKD ranking: the regencies of a province, or (admin) the 38 provinces, with the scope total and monthly series',
    output: ikdRankingAnswer,
    query: ikdQuery.extend({ format: formatParam }),
  },
  async ({ req, actor, query: { format, ...q } }) => {
    const data = await getIkdRanking(actor, q);
    if (format === 'json') return data;
    return exportResponse(format, {
      what: 'ikd',
      region: data.scope.level === 'national' ? 'Indonesia' : `${data.scope.code} ${data.scope.name}`,
      day: data.today,
      lang: exportLang(req),
      columns: IKD_COLUMNS,
      rows: data.rows,
    });
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
