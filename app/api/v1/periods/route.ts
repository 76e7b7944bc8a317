import { operation, otherMethods } from '@/lib/api/pipeline';
import { listPeriods, periodsQuery } from '@/lib/periods/periods';
import { periodsAnswer } from '@/lib/periods/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/periods',
    summary: 'Each regency’s state of a month (OPEN, SUBMITTED, APPROVED), and the months awaiting approval',
    operationId: 'listPeriods',
    output: periodsAnswer,
    query: periodsQuery,
  },
  ({ actor, query }) => listPeriods(actor, query),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
