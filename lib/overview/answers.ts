import { z } from 'zod';
import { day } from '@/lib/api/answers';
import { ikdFigures } from '@/lib/ikd/answers';
import { scopeAnswer } from '@/lib/regions/answers';

export const overviewAnswer = z.looseObject({
  scope: scopeAnswer,
  asOf: day.nullable(),
  today: day,
  stock: z.looseObject({
    regencies: z.int(),
    onHand: z.int(),
    minimumTotal: z.int(),
    belowMinimum: z.int(),
    out: z.int(),
  }),
  ikd: ikdFigures,
  queue: z.looseObject({
    offices: z.int(),
    counters: z.int(),
    openCounters: z.int(),
    waiting: z.int(),
    inService: z.int(),
    served: z.int(),
    capacity: z.int(),
  }),
  children: z.array(z.looseObject({ code: z.string(), name: z.string(), level: z.string() })),
});
