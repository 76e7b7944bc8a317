import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { userIdPathParam } from '@/lib/api/params';
import { assertManagesUsers, resetPassword, userIdParam } from '@/lib/users/queries';
import { resetPasswordAnswer } from '@/lib/users/answers';

export const dynamic = 'force-dynamic';

export const POST = operation(
  {
    method: 'POST',
    path: '/users/{id}/reset-password',
    summary: 'Set a temporary password the user must change',
    output: resetPasswordAnswer,
    domainParams: z.object({ id: userIdPathParam }),
  },
  ({ actor, params }) => {
    assertManagesUsers(actor);
    return resetPassword(actor, userIdParam(params.id));
  },
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
