import { operation, otherMethods } from '@/lib/api/pipeline';
import { getOfficeQueue } from '@/lib/queue/office';

export const dynamic = 'force-dynamic';

export const GET = operation({ method: 'GET', path: '/offices/{id}/queue' }, ({ actor, params }) =>
  getOfficeQueue(actor, Number(params.id)),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
