import { z } from 'zod';
import { json, route } from '@/lib/api/handler';
import { parseBody, parseQuery } from '@/lib/api/query';
import { requireActor } from '@/lib/auth/session';
import { assertManagesUsers, createUser, listUsers, newUserSchema } from '@/lib/users/queries';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { USER_COLUMNS } from '@/lib/export/admin';
import { exportRegion } from '@/lib/export/region';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const actor = await requireActor();
  const { format } = parseQuery(req, z.object({ format: formatParam }));
  const users = await listUsers(actor);
  if (format === 'json') return json(users);
  const region = await exportRegion(actor.scopeCode ?? 'national');
  return exportResponse(format, {
    what: 'pengguna',
    region: region.label,
    day: region.today,
    lang: exportLang(req),
    columns: USER_COLUMNS,
    rows: users,
  });
});

export const POST = route(async (req) => {
  const actor = await requireActor();
  assertManagesUsers(actor);
  return json(await createUser(actor, await parseBody(req, newUserSchema)), { status: 201 });
});
