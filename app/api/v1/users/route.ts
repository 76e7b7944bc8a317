import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { parseBody } from '@/lib/api/query';
import { assertManagesUsers, createUser, listUsers, newUserSchema } from '@/lib/users/queries';
import { exportLang, exportResponse, formatParam } from '@/lib/export/table';
import { USER_COLUMNS } from '@/lib/export/admin';
import { exportRegion } from '@/lib/export/region';
import { userAnswer, usersAnswer } from '@/lib/users/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/users',
    summary: 'Users the caller manages (admin: all; head: their province)',
    output: usersAnswer,
    query: z.object({ format: formatParam }),
  },
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
  {
    method: 'POST',
    path: '/users',
    summary: 'Create a user (password ≥ 12 characters, not a common one; must change it at first sign-in)',
    output: userAnswer,
    domainBody: newUserSchema,
    status: 201,
  },
  async ({ req, actor }) => {
    assertManagesUsers(actor);
    return createUser(actor, await parseBody(req, newUserSchema));
  },
);
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
