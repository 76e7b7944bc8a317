/** OpenAPI entries of the requisition routes, SPEC §17 (merged into lib/api/openapi.ts). */
import { formatParam } from '@/lib/export/openapi';
import { err, idempotencyKeyHeader, pathParam, scopeErrors } from '@/lib/api/openapi-parts';

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', example: 1 } };

export const requisitionPaths = {
  '/provinces/{code}/requisitions': {
    post: {
      parameters: [pathParam('code', '15'), idempotencyKeyHeader],
      responses: {
        201: { description: 'The draft' },
        400: err('Malformed body'),
        401: err('Not signed in'),
        403: err('Not the head of this province'),
        404: err('Unknown province'),
        422: err('Validation (months 1–12, cohort ≥ 0, regencies of the province)'),
      },
    },
  },
  '/requisitions': {
    get: {
      parameters: [
        {
          name: 'scope',
          in: 'query',
          schema: { type: 'string', example: 'national' },
          description: 'national or a province code (default: the caller’s)',
        },
        formatParam,
      ],
      responses: {
        200: { description: 'The list; with format=csv|xlsx as a download' },
        ...scopeErrors('Unknown province', 'Bad parameter'),
      },
    },
  },
  '/requisitions/{id}': {
    get: {
      parameters: [idParam, formatParam],
      responses: {
        200: { description: 'The requisition; with format=csv|xlsx its lines as a download' },
        ...scopeErrors('Unknown requisition'),
      },
    },
    put: {
      parameters: [idParam],
      responses: {
        200: { description: 'The requisition after the change' },
        400: err('Malformed body'),
        401: err('Not signed in'),
        403: err('Not the head of its province'),
        404: err('Unknown requisition'),
        409: err('Not allowed from the current state (or a total of 0 submitted)'),
        422: err('Validation'),
      },
    },
  },
} as const;
