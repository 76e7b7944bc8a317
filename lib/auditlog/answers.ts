import { z } from 'zod';

export const auditAnswer = z.looseObject({
  entries: z.array(
    z.looseObject({
      id: z.int(),
      at: z.string(),
      actorUsername: z.string().nullable(),
      action: z.string(),
      scopeCode: z.string().nullable(),
    }),
  ),
  nextCursor: z.union([z.int(), z.string(), z.null()]),
});
