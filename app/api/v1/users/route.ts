import { operation, otherMethods } from '@/lib/api/pipeline';
import { exportable } from '@/lib/api/exportable';
import { assertManagesUsers, createUser, listUsers, newUserSchema } from '@/lib/users/queries';
import { USER_COLUMNS } from '@/lib/export/admin';
import { exportRegion } from '@/lib/export/region';
import { userAnswer, usersAnswer } from '@/lib/users/answers';

export const dynamic = 'force-dynamic';

export const GET = exportable(
  {
    method: 'GET',
    path: '/users',
    summary: 'Users the caller manages (admin: all; head: their province)',
    output: usersAnswer,
  },
  {
    read: ({ actor }) => listUsers(actor),
    table: async (users, { actor }) => {
      const region = await exportRegion(actor.scopeCode ?? 'national');
      return { what: 'pengguna', region: region.label, day: region.today, columns: USER_COLUMNS, rows: users };
    },
  },
);

export const POST = operation(
  {
    method: 'POST',
    path: '/users',
    summary: 'Create a user (password ≥ 12 characters, not a common one; must change it at first sign-in)',
    output: userAnswer,
    authorize: ({ actor }) => assertManagesUsers(actor),
    body: newUserSchema,
    status: 201,
  },
  ({ actor, body }) => createUser(actor, body),
);
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
