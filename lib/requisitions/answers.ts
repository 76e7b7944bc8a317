import { z } from 'zod';
import { date, dateTime } from '@/lib/api/answers';

/** SPEC §17. */
const state = z.enum(['DRAFT', 'SUBMITTED', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED']);
const rate = z.number().nullable().meta({ description: 'received ÷ total (null when total is 0)' });

/** A requisition as the list shows it. */
const requisitionSummary = z.looseObject({
  id: z.int(),
  provinceCode: z.string(),
  provinceName: z.string().optional(),
  item: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
  months: z.int().optional(),
  state,
  total: z.int().meta({ description: 'max(0, Σ requested − warehouseOnHand)' }),
  received: z.int().meta({ description: 'Σ the province RECEIPTs booked against it' }),
  fillRate: rate,
  submittedAt: dateTime.nullable(),
  daysWaiting: z.int().nullable().meta({ description: 'submission day to filled (or today)' }).optional(),
});

export const requisitionAnswer = requisitionSummary.extend({
  item: z.string(),
  from: date,
  to: date,
  figuresOn: date.meta({ description: 'the day whose stock figures the lines were computed from' }).optional(),
  cohortTotal: z.int().nullable().optional(),
  warehouseOnHand: z.int(),
  createdAt: dateTime.optional(),
  filledAt: dateTime.nullable().optional(),
  cancelledAt: dateTime.nullable().optional(),
  lines: z.array(
    z.looseObject({
      regencyCode: z.string(),
      name: z.string().optional(),
      onHand: z.int(),
      minimum: z.int(),
      avgDailyUse: z.number(),
      projectedUse: z.int().meta({ description: 'ceil(avgDailyUse × days in the period)' }),
      cohort: z.int(),
      proposed: z.int().meta({ description: 'max(0, projectedUse + cohort + minimum − onHand)' }).optional(),
      requested: z.int().meta({ description: 'the proposed figure, or the head’s edit' }),
    }),
  ),
  receipts: z
    .array(
      z.looseObject({
        id: z.int().optional(),
        occurredOn: date.optional(),
        quantity: z.int().optional(),
        delta: z.int().optional(),
        reference: z.string().nullable().optional(),
      }),
    )
    .optional(),
});

export const requisitionsAnswer = z.looseObject({
  scope: z.string().optional(),
  requisitions: z.array(requisitionSummary),
  totals: z
    .looseObject({
      requisitions: z.int().optional(),
      requested: z.int().optional(),
      received: z.int().optional(),
      fillRate: rate.optional(),
    })
    .meta({ description: 'over the submitted ones (not drafts, not cancelled)' }),
});
