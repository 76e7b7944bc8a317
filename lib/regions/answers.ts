import { z } from 'zod';

/** A region as GET /regions lists it. */
export const regionAnswer = z.looseObject({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
  timeZone: z.string(),
});
export const regionsAnswer = z.array(regionAnswer);

/** The region a figures answer is about (overview, IKD). */
export const scopeAnswer = z.looseObject({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  timeZone: z.string().optional(),
});
