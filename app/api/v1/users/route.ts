import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { parseBody } from '@/lib/api/query';
import { assertManagesUsers, createUser, listUsers, newUserSchema } from '@/lib/users/queries';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { USER_COLUMNS } from '@/lib/export/admin';
import { exportRegion } from '@/lib/export/region';

export const dynamic = 'force-dynamic';

export const GET = operation(
  { method: 'GET', path: '/users', query: z.object({ format: formatParam }) },
  async ({ req, actor, query: { format } }) => {
    const users = await listUsers(actor);
    if (format === 'json') return users;
    const region = await exportRegion(actor.scopeCode ?? 'national');
    return exportResponse(format, {
      what: 'pengguna',
      region: region.label,
      day: region.today,
      lang: exportLang(req),
      columns: USER_COLUMNS,
      rows: users,
    });
  },
);

export const POST = operation(
  { method: 'POST', path: '/users', domainBody: newUserSchema, status: 201 },
  async ({ req, actor }) => {
    assertManagesUsers(actor);
    return createUser(actor, await parseBody(req, newUserSchema));
  },
);
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
