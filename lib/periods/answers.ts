import { z } from 'zod';
import { date, dateTime } from '@/lib/api/answers';
import { PERIOD_STATES } from './rules';

/** SPEC §14. */
const periodRow = z.looseObject({
  regencyCode: z.string(),
  name: z.string(),
  state: z.enum(PERIOD_STATES),
  by: z.string().nullable().meta({ description: 'who made the latest transition' }),
  at: dateTime.nullable(),
  note: z.string().nullable(),
});

export const periodsAnswer = z.looseObject({
  month: z.string(),
  lastDay: date.optional(),
  regencies: z.array(periodRow),
  pending: z.array(periodRow.extend({ month: z.string() })),
});

export const periodAnswer = z.looseObject({
  regencyCode: z.string(),
  month: z.string(),
  state: z.enum(PERIOD_STATES),
  by: z.string(),
  at: dateTime,
});
