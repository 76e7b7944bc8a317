import { z } from 'zod';
import { bilingual, day } from '@/lib/api/answers';

/** A regency's stock as the stock table shows it (SPEC §4). */
export const stockRow = z.looseObject({
  regencyCode: z.string(),
  name: z.string(),
  onHand: z.int(),
  minimum: z.int(),
  status: z.string(),
  avgDailyUse: z.number().nullable(),
  daysOfCover: z.number().nullable(),
  projectedStockoutDate: z.string().nullable(),
});

export const movementAnswer = z.looseObject({
  id: z.int(),
  locationCode: z.string(),
  type: z.string(),
  quantity: z.int(),
  delta: z.int(),
  occurredOn: day,
  createdAt: z.string(),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  counterpartCode: z.string().nullable(),
  reversesId: z.int().nullable(),
});

export const stockAnswer = z.looseObject({
  province: z.looseObject({ code: z.string(), name: z.string(), timeZone: z.string() }),
  asOf: day.nullable(),
  today: day,
  warehouse: z.looseObject({ code: z.string(), onHand: z.int() }),
  regencies: z.array(stockRow),
  alerts: z.array(
    z.looseObject({
      regencyCode: z.string(),
      name: z.string(),
      reason: z.enum(['OUT', 'BELOW_MINIMUM', 'STOCKOUT_SOON']),
      projectedStockoutDate: z.string().nullable(),
    }),
  ),
});

export const ledgerAnswer = z.looseObject({
  locationCode: z.string(),
  asOf: day.nullable(),
  onHand: z.int(),
  items: z.array(movementAnswer),
  nextCursor: z.string().nullable(),
});

export const recordedAnswer = z.looseObject({ movement: movementAnswer, onHand: z.int() });

export const minimumAnswer = z.looseObject({ regencyCode: z.string(), item: z.string(), minimum: z.int() });

export const planAnswer = z.looseObject({
  provinceCode: z.string(),
  lines: z.array(
    z.looseObject({
      regencyCode: z.string(),
      quantity: z.int(),
      onHandAfter: z.int(),
      daysOfCoverAfter: z.number().nullable(),
    }),
  ),
});

export const allocationAnswer = z.looseObject({
  reference: z.string().nullable(),
  occurredOn: day,
  total: z.int(),
  received: z.boolean(),
  lines: z.array(z.looseObject({ regencyCode: z.string(), quantity: z.int(), movementId: z.int(), onHand: z.int() })),
  warehouseOnHand: z.int(),
});

/** SPEC §16: every item, in display order. */
export const itemsAnswer = z.looseObject({
  items: z.array(
    z.looseObject({
      code: z.string().meta({ example: 'RIBBON' }),
      name: bilingual.meta({ description: 'the name in Indonesian and English' }),
      unit: z.string().meta({ example: 'roll', description: 'the unit (keping, roll)' }),
      unitName: bilingual.meta({ description: 'the unit in both languages (roll / rolls)' }),
      defaultMinimum: z.int().meta({ example: 5 }),
    }),
  ),
});
