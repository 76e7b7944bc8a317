import { otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { getIkdRanking, ikdQuery } from '@/lib/ikd/queries';
import { IKD_COLUMNS } from '@/lib/export/domains';
import { ikdRankingAnswer } from '@/lib/ikd/answers';

export const dynamic = 'force-dynamic';

export const GET = exportable(
  {
    method: 'GET',
    path: '/ikd',
    summary:
      'IKD ranking: the regencies of a province, or (admin) the 38 provinces, with the scope total and monthly series',
    output: ikdRankingAnswer,
    query: ikdQuery,
  },
  {
    read: ({ actor, query }) => getIkdRanking(actor, query),
    table: (data) => ({
      what: 'ikd',
      region: data.scope.level === 'national' ? 'Indonesia' : `${data.scope.code} ${data.scope.name}`,
      day: data.today,
      columns: IKD_COLUMNS,
      rows: data.rows,
    }),
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
