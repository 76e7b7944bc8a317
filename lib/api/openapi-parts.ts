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

/** The refusals of an operation in the caller's scope: not signed in, outside the scope,
 *  `unknown` (404) and, where it takes parameters or fields that can be wrong, `invalid` (422). */
export const scopeErrors = (unknown: string, invalid?: string) => ({
  401: err('Not signed in'),
  403: err('Outside the caller scope'),
  404: err(unknown),
  ...(invalid ? { 422: err(invalid) } : {}),
});

/** A path parameter as the entries write it: a string, with an example. */
export const pathParam = (name: string, example: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string', example },
});

/** The `Idempotency-Key` header of a write a retry may repeat (SPEC §11). */
export const idempotencyKeyHeader = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: { type: 'string', minLength: 8, maxLength: 100 },
};
