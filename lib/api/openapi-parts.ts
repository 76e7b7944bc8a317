/** Pieces the OpenAPI entries of every domain share (lib/api/openapi.ts and lib/<domain>/openapi.ts). */
export const errorRef = { $ref: '#/components/schemas/Error' };

/** An answer in the error shape of SPEC §8. */
export const err = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });

/** The `asOf` query parameter of the dated reads. */
export const asOf = {
  name: 'asOf',
  in: 'query',
  required: false,
  schema: { type: 'string', format: 'date' },
  description: 'Figures as they stood at the end of this day (default: today in each regency time zone).',
};
