import { z } from 'zod';
import { dateTime, mapOf } from '@/lib/api/answers';
import { ALERT_KINDS, SEVERITIES } from './rules';

export const alertsAnswer = z.looseObject({
  scope: z.string(),
  seenAt: z.string().nullable().optional(),
  unseen: z.int(),
  counts: mapOf(z.int()),
  byProvince: z.array(
    z.looseObject({
      code: z.string(),
      name: z.string(),
      critical: z.int(),
      warning: z.int(),
      info: z.int(),
      total: z.int(),
    }),
  ),
  alerts: z.array(
    z.looseObject({
      id: z.string(),
      kind: z.enum(ALERT_KINDS),
      severity: z.enum(SEVERITIES),
      regencyCode: z.string(),
      officeId: z.int().optional(),
      anomalyId: z.int().optional(),
      since: z.string().nullable().meta({ description: 'when the condition began (a date or a time), from the data' }),
      message: z.string(),
      href: z.string().meta({ description: 'the page that fixes it' }),
    }),
  ),
});

export const alertsSeenAnswer = z.looseObject({ seenAt: dateTime, unseen: z.int() });
