import { z } from 'zod';
import { date } from '@/lib/api/answers';

/** SPEC §15: the public rows hold exactly these fields (strict objects: nothing else leaks). */
export const publicSummaryAnswer = z.looseObject({
  asOf: date,
  regions: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      stockStatus: z.enum(['OK', 'BELOW_MINIMUM', 'OUT']),
      daysOfCover: z.number().nullable(),
      ikdPercent: z.number(),
      ikdTarget: z.number(),
      lastUpdated: date.nullable(),
    }),
  ),
});

export const publicOfficesAnswer = z.looseObject({
  offices: z.array(
    z.strictObject({
      id: z.int(),
      name: z.string(),
      waiting: z.int(),
      services: z.array(
        z.strictObject({
          service: z.enum(['IKD', 'KTP_EL', 'KK', 'AKTA']),
          waiting: z.int(),
          estimatedWaitMinutes: z.int().nullable(),
        }),
      ),
    }),
  ),
});
