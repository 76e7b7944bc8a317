import { operation, otherMethods } from '@/lib/api/pipeline';
import { listPeriods, periodsQuery } from '@/lib/periods/periods';

export const dynamic = 'force-dynamic';

export const GET = operation({ method: 'GET', path: '/periods', query: periodsQuery }, ({ actor, query }) =>
  listPeriods(actor, query),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
