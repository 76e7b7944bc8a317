import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { createOffice, listOffices, officesQuery } from '@/lib/queue/offices';
import { readBody } from '@/lib/queue/validate';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  return json(await listOffices(actor, parseQuery(req, officesQuery)));
});

export const POST = route(async (req) => {
  const actor = await requireActor();
  return json(await createOffice(actor, await readBody(req)), { status: 201 });
});
