import { operation, otherMethods } from '@/lib/api/pipeline';
import { alertsQuery, alertsResponse } from '@/lib/alerts/alerts';
import { alertsAnswer } from '@/lib/alerts/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/alerts',
    summary:
      'What needs attention now in the scope, worst first; `unseen` counts alerts not shown when the user last opened the alerts page',
    operationId: 'listAlerts',
    output: alertsAnswer,
    query: alertsQuery,
  },
  ({ actor, query, lang }) => alertsResponse(actor, query, lang),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
