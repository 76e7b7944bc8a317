import { z } from 'zod';
import { date } from '@/lib/api/answers';

const score = z.number().min(0).max(100);

/** SPEC §15: the half-month scorecard. */
export const scorecardAnswer = z.looseObject({
  scope: z.looseObject({ code: z.string(), name: z.string() }),
  period: z.string(),
  from: date,
  to: date,
  rows: z.array(
    z.looseObject({
      code: z.string(),
      name: z.string(),
      ikdScore: score,
      stockScore: score,
      timelinessScore: score,
      score,
      rank: z.int().min(1),
      change: z.int().nullable(),
    }),
  ),
});
