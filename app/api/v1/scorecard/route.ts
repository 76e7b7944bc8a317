import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { SCORECARD_COLUMNS } from '@/lib/export/scorecard';
import { getScorecard, scorecardQuery } from '@/lib/scorecard/queries';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

const query = scorecardQuery.extend({ format: formatParam });

/** SPEC §15: the half-month scorecard of the nation (provinces) or a province (regencies). */
export const GET = route(async (req) => {
  const actor = await requireActor();
  const { format, ...q } = parseQuery(req, query);
  const data = await getScorecard(actor, q);
  if (format === 'json') return json(data);
  return exportResponse(format, {
    what: `skor-${data.period}`,
    region: data.scope.code === 'national' ? 'Indonesia' : `${data.scope.code} ${data.scope.name}`,
    day: data.to,
    lang: exportLang(req),
    columns: SCORECARD_COLUMNS,
    rows: data.rows,
  });
});
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
