import { operation, otherMethods } from '@/lib/api/pipeline';
import { alertsQuery, alertsResponse } from '@/lib/alerts/alerts';

export const dynamic = 'force-dynamic';

export const GET = operation({ method: 'GET', path: '/alerts', query: alertsQuery }, ({ actor, query, lang }) =>
  alertsResponse(actor, query, lang),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
