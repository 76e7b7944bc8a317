import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { authorizePeriodWrite, transitionPeriod } from '@/lib/periods/periods';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

type Params = { regencyCode: string; month: string };

/** Submit, approve or reopen a regency's month (SPEC §14). */
export const PUT = route<Params>(async (req, { regencyCode, month }) => {
  const actor = await requireActor();
  await authorizePeriodWrite(actor, regencyCode);
  return json(await transitionPeriod(actor, regencyCode, month, req));
});
export const { GET, POST, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ PUT });
