/** The machine-readable description of API v1 (SPEC §8), served at /api/v1/openapi.json. The
 *  operations (summary, operationId, schemas) are the route files' `operation()` declarations;
 *  the entries below and in lib/<domain>/openapi.ts describe their parameters, headers and
 *  statuses in prose. Every route under app/api/v1 has an entry; tests compare this list with
 *  the route files. */
import { ikdPaths } from '@/lib/ikd/openapi';
import { stockPaths } from '@/lib/stock/openapi';
import { queuePaths } from '@/lib/queue/openapi';
import { importPaths } from '@/lib/imports/openapi';
import { requisitionPaths } from '@/lib/requisitions/openapi';
import { periodPaths } from '@/lib/periods/openapi';
import { formatParam } from '@/lib/export/openapi';
import { publicPaths } from '@/lib/public/openapi';
import { scorecardPaths } from '@/lib/scorecard/openapi';
import { z } from 'zod';
import { mapOf } from './answers';
import { completeOpenApi } from './openapi-complete';
import { routeOperations } from './operations';
import { asOf, err, scopeErrors } from './openapi-parts';

const handWritten = {
  openapi: '3.1.0',
  info: {
    title: 'Pantau API',
    version: '1',
    description: 'Blangko stock, IKD adoption and service queues of Dukcapil offices.',
  },
  servers: [{ url: '/api/v1' }],
  components: {
    securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: {
              code: {
                type: 'string',
                enum: [
                  'BAD_REQUEST',
                  'UNAUTHENTICATED',
                  'FORBIDDEN',
                  'NOT_FOUND',
                  'CONFLICT',
                  'PERIOD_LOCKED',
                  'VALIDATION',
                  'RATE_LIMITED',
                  'INTERNAL',
                ],
              },
              message: { type: 'string' },
              fields: { type: 'object', additionalProperties: { type: 'string' } },
            },
          },
        },
      },
    },
  },
  security: [{ session: [] }],
  paths: {
    '/health': {
      get: {
        security: [],
        responses: { 200: { description: '{"status":"ok","db":"sqlite"|"postgres"}' } },
      },
    },
    '/openapi.json': {
      get: { security: [], responses: { 200: { description: 'OpenAPI 3.1' } } },
    },
    '/regions': {
      get: {
        parameters: [
          { name: 'level', in: 'query', schema: { type: 'string', enum: ['province', 'regency', 'district'] } },
          { name: 'parent', in: 'query', schema: { type: 'string', example: '15' } },
        ],
        responses: {
          200: { description: 'code, name, level, parentCode, timeZone' },
          401: err('Not signed in'),
          422: err('Bad parameter'),
        },
      },
    },
    '/users': {
      get: {
        parameters: [formatParam],
        responses: {
          200: { description: 'id, username, displayName, role, scopeCode, active, mustChangePassword' },
          401: err('Not signed in'),
          403: err('Not allowed'),
        },
      },
      post: {
        responses: {
          201: { description: 'The user' },
          403: err('Outside the caller scope'),
          422: err('Invalid fields'),
        },
      },
    },
    '/users/{id}/active': {
      put: {
        responses: {
          200: { description: 'The user' },
          403: err('Not allowed'),
          404: err('Unknown user'),
          409: err('Own account'),
        },
      },
    },
    '/users/{id}/reset-password': {
      post: {
        responses: {
          200: { description: '{user, temporaryPassword}' },
          403: err('Not allowed'),
          404: err('Unknown user'),
        },
      },
    },
    '/me/password': {
      put: {
        responses: {
          200: { description: '{ok:true}' },
          401: err('Not signed in'),
          422: err('Wrong current password or weak new one'),
        },
      },
    },
    '/audit': {
      get: {
        parameters: [
          ...['user', 'action', 'region', 'from', 'to', 'cursor', 'limit'].map((name) => ({
            name,
            in: 'query',
            schema: { type: 'string' },
          })),
          formatParam,
        ],
        responses: {
          200: {
            description:
              '{entries:[{id, at, actorUsername, action, scopeCode, before, after}], nextCursor}; with format=csv|xlsx every matching entry (cursor and limit ignored) up to 10,000, the file ending with a note when cut',
          },
          403: err('Not allowed'),
          422: err('Bad parameter'),
        },
      },
    },
    '/overview': {
      get: {
        parameters: [
          { name: 'scope', in: 'query', schema: { type: 'string', example: 'national' } },
          asOf,
          formatParam,
        ],
        responses: {
          200: {
            description: 'stock, ikd, queue, children, series; with format=csv|xlsx the drill-down table (children)',
          },
          ...scopeErrors('Unknown region', 'Bad parameter'),
        },
      },
    },
    '/reports/monthly': {
      get: {
        parameters: [
          { name: 'scope', in: 'query', required: true, schema: { type: 'string', example: '15' } },
          { name: 'month', in: 'query', required: true, schema: { type: 'string', example: '2026-10' } },
          formatParam,
          {
            name: 'table',
            in: 'query',
            required: false,
            schema: { type: 'string', enum: ['stock', 'movements', 'ikd', 'segments', 'queue'] },
            description:
              'one table only; format=xlsx without it is one workbook with a sheet per table, format=csv without it the stock table',
          },
        ],
        responses: {
          200: { description: 'scope, province, month, from, to, stock, movements, ikd, queue; or a download' },
          ...scopeErrors('Unknown region', 'Bad parameter'),
        },
      },
    },
    ...ikdPaths,
    ...importPaths,
    ...stockPaths,
    ...queuePaths,
    ...requisitionPaths,
    ...publicPaths,
    ...scorecardPaths,
    ...periodPaths,
  },
} as const;

/** This document's own operation (its route file cannot be listed in ./operations.ts, which this
 *  module imports). */
export const openApiOperation = {
  method: 'GET',
  path: '/openapi.json',
  summary: 'This document',
  auth: 'anonymous',
  output: z.looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: mapOf(
      mapOf(z.looseObject({ operationId: z.string(), responses: mapOf(z.looseObject({ description: z.string() })) })),
    ),
  }),
} as const;

/** The document as served: the operations the route files declare, with the entries above. */
export const openApi = completeOpenApi(handWritten, [...routeOperations(), openApiOperation]);
