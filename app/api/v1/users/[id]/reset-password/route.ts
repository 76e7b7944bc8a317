import { operation, otherMethods } from '@/lib/api/pipeline';
import { userPath } from '@/lib/api/params';
import { assertManagesUsers, resetPassword, userIdParam } from '@/lib/users/queries';
import { resetPasswordAnswer } from '@/lib/users/answers';

export const dynamic = 'force-dynamic';

export const POST = operation(
  {
    method: 'POST',
    path: '/users/{id}/reset-password',
    summary: 'Set a temporary password the user must change',
    output: resetPasswordAnswer,
    domainParams: userPath,
  },
  ({ actor, params }) => {
    assertManagesUsers(actor);
    return resetPassword(actor, userIdParam(params.id));
  },
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
