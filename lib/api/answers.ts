import { z } from 'zod';

/** Building blocks of the answers' zod schemas: the `output` an operation() declares, which the
 *  OpenAPI document gives as its response schema (SPEC §12). An answer lists the fields a client
 *  may rely on; its objects are loose (z.looseObject), so a field added later is not a breaking
 *  change. The answers themselves live in their domain (lib/<domain>/answers.ts). */

/** A local date as the ledger and the figures write it: `2026-10-31`. */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A date documented by its format only (`format: date`). */
export const date = z.string().meta({ format: 'date' });
export const dateTime = z.string().meta({ format: 'date-time' });
/** A text in both languages (an import's reason, an item's name). */
export const bilingual = z.looseObject({ id: z.string(), en: z.string() });
/** An object whose keys are data (region codes, services, kinds), each value of `values`. */
export const mapOf = <T extends z.ZodType>(values: T) => z.record(z.string(), values);

export const healthAnswer = z.looseObject({ status: z.enum(['ok']), db: z.enum(['sqlite', 'postgres']) });
