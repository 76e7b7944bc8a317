import { operation, otherMethods } from '@/lib/api/pipeline';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { SCORECARD_COLUMNS } from '@/lib/export/scorecard';
import { getScorecard, scorecardQuery } from '@/lib/scorecard/queries';
import { scorecardAnswer } from '@/lib/scorecard/answers';

export const dynamic = 'force-dynamic';

const query = scorecardQuery.extend({ format: formatParam });

/** SPEC §15: the half-month scorecard of the nation (provinces) or a province (regencies). */
export const GET = operation(
  {
    method: 'GET',
    path: '/scorecard',
    summary: 'The half-month scorecard (levelisasi) of the nation (provinces) or a province (regencies)',
    output: scorecardAnswer,
    query,
  },
  async ({ req, actor, query }) => {
    const { format, ...q } = query;
    const data = await getScorecard(actor, q);
    if (format === 'json') return data;
    return exportResponse(format, {
      what: `skor-${data.period}`,
      region: data.scope.code === 'national' ? 'Indonesia' : `${data.scope.code} ${data.scope.name}`,
      day: data.to,
      lang: exportLang(req),
      columns: SCORECARD_COLUMNS,
      rows: data.rows,
    });
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
