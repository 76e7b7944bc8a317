import { json, route } from '@/lib/api/handler';
import { requireActor } from '@/lib/auth/session';
import { commitImport } from '@/lib/imports/imports';

export const dynamic = 'force-dynamic';

export const POST = route(async (req) => {
  const actor = await requireActor();
  return json(await commitImport(actor, req));
});
