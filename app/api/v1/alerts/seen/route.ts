import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { markAlertsSeen } from '@/lib/alerts/alerts';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

/** The user opened the alerts page: the bell starts counting from here. */
export const PUT = route(async () => {
  const actor = await requireActor();
  return json(await markAlertsSeen(actor));
});
export const { GET, POST, PATCH, DELETE, HEAD, OPTIONS } = otherMethods({ PUT });
