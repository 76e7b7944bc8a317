import { z } from 'zod';
import { day } from '@/lib/api/answers';
import { scopeAnswer } from '@/lib/regions/answers';

/** The IKD figures of a regency, a province or a scope total (SPEC §5). */
export const ikdFigures = z.looseObject({
  wajibKtp: z.int(),
  activations: z.int(),
  percent: z.number().nullable(),
  targetPercent: z.number(),
  targetPersons: z.int(),
  gapPersons: z.int(),
  pace30: z.number(),
  requiredDailyPace: z.number().nullable(),
  projectedTargetDate: z.string().nullable(),
  status: z.string(),
});

export const campaignAnswer = z.looseObject({
  id: z.int(),
  regencyCode: z.string(),
  day,
  place: z.string(),
  segment: z.string(),
  planned: z.int(),
  achieved: z.int().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
});

/** A day's activations by segment and channel. */
export const dayCounts = z.array(z.looseObject({ segment: z.string(), channel: z.string(), count: z.int() }));
const populationHistory = z.array(z.looseObject({ validFrom: day, wajibKtp: z.int() }));

export const ikdRankingAnswer = z.looseObject({
  scope: scopeAnswer,
  asOf: day.nullable(),
  today: day,
  total: ikdFigures,
  rows: z.array(ikdFigures),
});

export const ikdRegencyAnswer = z.looseObject({
  scope: scopeAnswer,
  asOf: day.nullable(),
  today: day,
  figures: ikdFigures,
  target: z.looseObject({ year: z.int(), percent: z.number() }),
  population: populationHistory,
  campaigns: z.array(campaignAnswer),
});

export const ikdDayAnswer = z.looseObject({
  regencyCode: z.string(),
  day,
  wajibKtp: z.int().nullable(),
  total: z.int(),
  counts: dayCounts,
});

export const ikdDayReplacedAnswer = z.looseObject({
  regencyCode: z.string(),
  day,
  total: z.int(),
  previousTotal: z.int(),
  change: z.int(),
  counts: dayCounts,
});

export const populationAnswer = z.looseObject({
  regencyCode: z.string(),
  wajibKtp: z.int(),
  validFrom: day,
  history: populationHistory,
});

export const baselineAnswer = z.looseObject({ regencyCode: z.string(), asOf: day, activations: z.int() });

export const campaignsAnswer = z.looseObject({
  regencyCode: z.string(),
  campaigns: z.array(campaignAnswer),
  totals: z.looseObject({ planned: z.int(), achieved: z.int() }),
});

export const targetAnswer = z.looseObject({
  scope: z.string(),
  year: z.int(),
  percent: z.number(),
  previous: z.number().nullable(),
});
