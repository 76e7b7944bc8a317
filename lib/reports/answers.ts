import { z } from 'zod';
import { bilingual, day } from '@/lib/api/answers';
import { dayCounts, ikdFigures } from '@/lib/ikd/answers';
import { stockRow } from '@/lib/stock/answers';

const reportOffice = z.looseObject({
  id: z.int(),
  name: z.string(),
  regencyCode: z.string(),
  issued: z.int(),
  served: z.int(),
  noShows: z.int(),
  days: z.int(),
  serviceLevel: z.number().nullable(),
});

/** The monthly report of a province or regency (the /laporan page). */
export const monthlyReportAnswer = z.looseObject({
  scope: z.looseObject({ code: z.string(), name: z.string(), level: z.enum(['province', 'regency']) }),
  province: z.looseObject({ code: z.string(), name: z.string() }),
  month: z.string(),
  from: day,
  to: day,
  stock: z.looseObject({
    onHand: z.int(),
    warehouseOnHand: z.int().nullable(),
    belowMinimum: z.int(),
    rows: z.array(stockRow),
    items: z.array(
      z.looseObject({
        item: z.string(),
        name: bilingual,
        unit: bilingual,
        onHand: z.int(),
        warehouseOnHand: z.int().nullable(),
        belowMinimum: z.int(),
      }),
    ),
  }),
  movements: z.array(z.looseObject({ type: z.string(), count: z.int(), quantity: z.int(), delta: z.int() })),
  ikd: z.looseObject({
    activations: z.int(),
    percent: z.number().nullable(),
    target: z.number(),
    rankOf: z.int(),
    rows: z.array(ikdFigures),
    monthBySegmentChannel: dayCounts,
    monthTotal: z.int(),
  }),
  queue: z.looseObject({
    offices: z.array(reportOffice),
    issued: z.int(),
    served: z.int(),
    noShows: z.int(),
    serviceLevel: z.number().nullable(),
  }),
});
