import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { getIkdDay, replaceIkdDay } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

type Params = { regencyCode: string; day: string };

export const GET = route<Params>(async (_req, { regencyCode, day }) => {
  const actor = await requireActor();
  return json(await getIkdDay(actor, regencyCode, day));
});

/** Replaces the day's counts (idempotent by nature: the same body twice leaves the same day). */
export const PUT = route<Params>(async (req, { regencyCode, day }) => {
  const actor = await requireActor();
  return json(await replaceIkdDay(actor, regencyCode, day, req));
});
