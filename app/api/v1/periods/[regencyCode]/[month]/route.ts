import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { monthParam, regencyCodeParam } from '@/lib/api/params';
import { authorizePeriodWrite, periodBody, transitionPeriod } from '@/lib/periods/periods';
import { periodAnswer } from '@/lib/periods/answers';

export const dynamic = 'force-dynamic';

/** Submit, approve or reopen a regency's month (SPEC §14): the month and the body are judged
 *  once the caller is authorized for the regency. */
export const PUT = operation(
  {
    method: 'PUT',
    path: '/periods/{regencyCode}/{month}',
    summary:
      'Submit (the regency officer, after the month’s last local day), approve or reopen with a note (the province head or admin); audited',
    operationId: 'transitionPeriod',
    output: periodAnswer,
    params: z.object({ regencyCode: regencyCodeParam, month: z.string() }),
    domainParams: z.object({ month: monthParam }),
    domainBody: periodBody,
  },
  async ({ req, actor, params: { regencyCode, month } }) => {
    await authorizePeriodWrite(actor, regencyCode);
    return transitionPeriod(actor, regencyCode, month, req);
  },
);
export const { GET, POST, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ PUT });
