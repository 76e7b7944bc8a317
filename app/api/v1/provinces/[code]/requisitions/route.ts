import { route } from '@/lib/api/handler';
import { parseBody } from '@/lib/api/query';
import { idempotencyKeyOf } from '@/lib/api/idempotency';
import { requireActor } from '@/lib/auth/session';
import { answer } from '@/lib/stock/http';
import { draftBody } from '@/lib/requisitions/schemas';
import { authorizeDraft, draftRequisition } from '@/lib/requisitions/queries';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

export const POST = route<{ code: string }>(async (req, { code }) => {
  const actor = await requireActor();
  await authorizeDraft(actor, code);
  const key = idempotencyKeyOf(req.headers);
  const body = await parseBody(req, draftBody);
  return answer(await draftRequisition(actor, code, body, { key }));
});
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ POST });
