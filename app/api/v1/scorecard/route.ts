import { otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { SCORECARD_COLUMNS } from '@/lib/export/scorecard';
import { getScorecard, scorecardQuery } from '@/lib/scorecard/queries';
import { scorecardAnswer } from '@/lib/scorecard/answers';

export const dynamic = 'force-dynamic';

/** SPEC §15: the half-month scorecard of the nation (provinces) or a province (regencies). */
export const GET = exportable(
  {
    method: 'GET',
    path: '/scorecard',
    summary: 'The half-month scorecard (levelisasi) of the nation (provinces) or a province (regencies)',
    output: scorecardAnswer,
    query: scorecardQuery,
  },
  {
    read: ({ actor, query }) => getScorecard(actor, query),
    table: (data) => ({
      what: `skor-${data.period}`,
      region: data.scope.code === 'national' ? 'Indonesia' : `${data.scope.code} ${data.scope.name}`,
      day: data.to,
      columns: SCORECARD_COLUMNS,
      rows: data.rows,
    }),
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
