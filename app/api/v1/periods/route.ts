import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { listPeriods, periodsQuery } from '@/lib/periods/periods';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  return json(await listPeriods(actor, parseQuery(req, periodsQuery)));
});
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
