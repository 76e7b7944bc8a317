import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { setIkdBaseline } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

export const PUT = route<{ regencyCode: string }>(async (req, { regencyCode }) => {
  const actor = await requireActor();
  return json(await setIkdBaseline(actor, regencyCode, req));
});
