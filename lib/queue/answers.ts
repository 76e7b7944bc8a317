import { z } from 'zod';
import { day, mapOf } from '@/lib/api/answers';

export const counterAnswer = z.looseObject({
  id: z.int(),
  officeId: z.int(),
  name: z.string(),
  services: z.array(z.string()),
  capacity: z.int(),
  isOpen: z.boolean(),
});

export const officeAnswer = z.looseObject({
  id: z.int(),
  regencyCode: z.string(),
  regencyName: z.string(),
  name: z.string(),
  kind: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  counters: z.array(counterAnswer),
  /** SPEC §13: the office's own daily quota per service (absent: the open counters' capacity) */
  quotas: mapOf(z.int()),
});

export const officesAnswer = z.array(
  z.looseObject({
    id: z.int(),
    regencyCode: z.string(),
    name: z.string(),
    kind: z.string(),
    counters: z.array(
      z.looseObject({
        id: z.int(),
        name: z.string(),
        services: z.array(z.string()),
        isOpen: z.boolean(),
        capacity: z.int(),
      }),
    ),
    quotas: mapOf(z.int()),
  }),
);

/** The counts of a day's queue (SPEC §6), of an office or of a scope. */
const queueCounts = {
  issued: z.int(),
  waiting: z.int(),
  inService: z.int(),
  served: z.int(),
  noShows: z.int(),
  capacity: z.int(),
};

const counterFigures = z.looseObject({
  id: z.int(),
  name: z.string(),
  services: z.array(z.string()),
  isOpen: z.boolean(),
  capacity: z.int(),
  waiting: z.int(),
  served: z.int(),
  noShows: z.int(),
  utilization: z.number(),
  avgWaitMin: z.number().nullable(),
  longestWaitMin: z.number().nullable(),
  avgServiceMin: z.number().nullable(),
  serviceLevel: z.number().nullable(),
  current: z.looseObject({ id: z.int(), number: z.string(), service: z.string(), calledAt: z.string() }).nullable(),
});

/** An office's queue figures of a day (SPEC §6). */
const officeQueue = z.looseObject({
  id: z.int(),
  name: z.string(),
  regencyCode: z.string(),
  day,
  ...queueCounts,
  counters: z.array(counterFigures),
});

export const officeStateAnswer = z.looseObject({
  office: officeQueue,
  today: day,
  services: z.array(z.string()),
  lastCalls: z.array(
    z.looseObject({
      id: z.int(),
      number: z.string(),
      service: z.string(),
      status: z.string(),
      counterId: z.int(),
      counterName: z.string(),
      calledAt: z.string(),
    }),
  ),
  serverTime: z.string(),
});

export const ticketAnswer = z.looseObject({
  id: z.int(),
  number: z.string(),
  service: z.string(),
  status: z.string(),
  issuedAt: z.string(),
});

export const scopeQueueAnswer = z.looseObject({
  scope: z.string(),
  name: z.string(),
  asOf: day.nullable(),
  totals: z.looseObject({
    offices: z.int(),
    counters: z.int(),
    openCounters: z.int(),
    overloadedOffices: z.int(),
    ...queueCounts,
    remainingCapacity: z.int(),
    utilization: z.number(),
  }),
  offices: z.array(officeQueue),
  page: z.looseObject({ offset: z.int(), count: z.int(), total: z.int(), nextCursor: z.string().nullable() }),
});
