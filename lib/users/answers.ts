import { z } from 'zod';

export const userAnswer = z.looseObject({
  id: z.int(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  scopeCode: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
});
export const usersAnswer = z.array(userAnswer);
export const resetPasswordAnswer = z.looseObject({ user: userAnswer, temporaryPassword: z.string() });
export const passwordChangedAnswer = z.looseObject({ ok: z.literal(true) });
