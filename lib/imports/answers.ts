import { z } from 'zod';
import { bilingual } from '@/lib/api/answers';

export const previewAnswer = z.looseObject({
  kind: z.string(),
  // each row also has the columns of its kind
  rows: z.array(z.looseObject({ line: z.int(), regencyCode: z.string() })),
  rejected: z.array(z.looseObject({ line: z.int(), reason: bilingual })),
  accepted: z.int(),
  total: z.int(),
});

export const commitAnswer = z.looseObject({
  kind: z.string(),
  rows: z.int(),
  changes: z.int(),
  regencies: z.int(),
  net: z.int(),
  ms: z.int(),
});
