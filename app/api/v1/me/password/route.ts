import { operation, otherMethods } from '@/lib/api/pipeline';
import { changeOwnPassword, changePasswordSchema } from '@/lib/users/queries';
import { passwordChangedAnswer } from '@/lib/users/answers';

export const dynamic = 'force-dynamic';

export const PUT = operation(
  {
    method: 'PUT',
    path: '/me/password',
    summary: 'Change the own password: `{currentPassword, newPassword}`',
    output: passwordChangedAnswer,
    auth: 'passwordChange',
    body: changePasswordSchema,
  },
  async ({ actor, body }) => {
    await changeOwnPassword(actor, body);
    return { ok: true };
  },
);
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
