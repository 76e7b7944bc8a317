/** The machine-readable description of API v1 (SPEC §8), served at /api/v1/openapi.json.
 *  Every route under app/api/v1 has an entry; tests compare this list with the route files. */
import { queuePaths } from '@/lib/queue/openapi';

const errorRef = { $ref: '#/components/schemas/Error' };
const err = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });
const asOf = { name: 'asOf', in: 'query', required: false, schema: { type: 'string', format: 'date' }, description: 'Figures as they stood at the end of this day (default: today in each regency time zone).' };

export const openApi = {
  openapi: '3.1.0',
  info: { title: 'Pantau API', version: '1', description: 'Blangko stock, IKD adoption and service queues of Dukcapil offices.' },
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
              code: { type: 'string', enum: ['BAD_REQUEST', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'VALIDATION', 'RATE_LIMITED', 'INTERNAL'] },
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
    '/health': { get: { summary: 'Liveness and database kind', security: [], responses: { 200: { description: '{"status":"ok","db":"sqlite"|"postgres"}' } } } },
    '/openapi.json': { get: { summary: 'This document', security: [], responses: { 200: { description: 'OpenAPI 3.1' } } } },
    '/regions': {
      get: {
        summary: 'Provinces, regencies or kecamatan',
        parameters: [
          { name: 'level', in: 'query', schema: { type: 'string', enum: ['province', 'regency', 'district'] } },
          { name: 'parent', in: 'query', schema: { type: 'string', example: '15' } },
        ],
        responses: { 200: { description: 'code, name, level, parentCode, timeZone' }, 401: err('Not signed in'), 422: err('Bad parameter') },
      },
    },
    '/overview': {
      get: {
        summary: 'The three pillars for the nation, a province or a regency',
        parameters: [{ name: 'scope', in: 'query', schema: { type: 'string', example: 'national' } }, asOf],
        responses: { 200: { description: 'stock, ikd, queue, children, series' }, 401: err('Not signed in'), 403: err('Outside the caller scope'), 404: err('Unknown region'), 422: err('Bad parameter') },
      },
    },
    ...queuePaths,
  },
} as const;
