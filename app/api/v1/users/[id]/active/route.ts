import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { userPath } from '@/lib/api/params';
import { parseBody } from '@/lib/api/query';
import { msg } from '@/lib/i18n/messages';
import { assertManagesUsers, setUserActive, userIdParam } from '@/lib/users/queries';
import { userAnswer } from '@/lib/users/answers';

export const dynamic = 'force-dynamic';

const body = z.object({
  active: z.boolean({ message: msg('active harus true atau false.', 'active must be true or false.') }),
});

export const PUT = operation(
  {
    method: 'PUT',
    path: '/users/{id}/active',
    summary: 'Deactivate or reactivate a user: `{active}`',
    output: userAnswer,
    domainParams: userPath,
    domainBody: body,
  },
  async ({ req, actor, params }) => {
    assertManagesUsers(actor);
    const userId = userIdParam(params.id);
    const { active } = await parseBody(req, body);
    return setUserActive(actor, userId, active);
  },
);
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
