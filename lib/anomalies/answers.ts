import { z } from 'zod';
import { date, dateTime } from '@/lib/api/answers';
import { ANOMALY_RULES } from './rules';

export const anomalyAnswer = z.looseObject({
  id: z.int(),
  rule: z.enum(ANOMALY_RULES),
  regencyCode: z.string(),
  day: date,
  movementId: z.int().nullable(),
  value: z.number(),
  referenceValue: z.number().meta({ description: '30-day average, wajib KTP or the balance before' }),
  createdAt: dateTime,
  checkedAt: z.string().nullable(),
  checkedBy: z.string().nullable().optional(),
  checkNote: z.string().nullable().optional(),
});
