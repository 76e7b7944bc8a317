import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { parseBody } from '@/lib/api/query';
import { idempotencyKeyOf } from '@/lib/api/idempotency';
import { provinceCodeParam } from '@/lib/api/params';
import { answer } from '@/lib/stock/http';
import { draftBody } from '@/lib/requisitions/schemas';
import { authorizeDraft, draftRequisition } from '@/lib/requisitions/queries';
import { requisitionAnswer } from '@/lib/requisitions/answers';

export const dynamic = 'force-dynamic';

/** A head drafts a requisition (SPEC §17). The Idempotency-Key and the body are judged once the
 *  caller is authorized for the province. */
export const POST = operation(
  {
    method: 'POST',
    path: '/provinces/{code}/requisitions',
    summary: 'Draft a requisition of the province (its head only) from its stock figures now',
    operationId: 'draftRequisition',
    output: requisitionAnswer,
    params: z.object({ code: provinceCodeParam }),
    domainBody: draftBody,
    status: 201,
  },
  async ({ req, actor, params: { code } }) => {
    await authorizeDraft(actor, code);
    const key = idempotencyKeyOf(req.headers);
    return answer(await draftRequisition(actor, code, await parseBody(req, draftBody), { key }));
  },
);
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ POST });
