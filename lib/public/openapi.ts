/** OpenAPI entries of the public API (SPEC §15): no session, cacheable, rate-limited. */
import { err } from '@/lib/api/openapi-parts';
const limited = {
  description: 'More than 60 requests in this minute from the client address',
  headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds until the next minute' } },
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const cacheHeader = {
  'Cache-Control': { schema: { type: 'string', example: 'public, max-age=60' } },
};

export const publicPaths = {
  '/public/summary': {
    get: {
      security: [],
      parameters: [
        {
          name: 'province',
          in: 'query',
          required: false,
          schema: { type: 'string', pattern: '^\\d{2}$', example: '15' },
          description: 'omit for the 38 provinces (each the sums of its regencies)',
        },
      ],
      responses: {
        200: {
          description:
            'Blangko status and days of cover, IKD percent against the target, and the local date of the last update (a province: the oldest of its regencies)',
          headers: cacheHeader,
        },
        404: err('Unknown province'),
        422: err('Bad parameter'),
        429: limited,
      },
    },
  },
  '/public/offices': {
    get: {
      security: [],
      parameters: [
        {
          name: 'regency',
          in: 'query',
          required: true,
          schema: { type: 'string', pattern: '^\\d{2}\\.\\d{2}$', example: '15.71' },
        },
      ],
      responses: {
        200: {
          description:
            'estimatedWaitMinutes = people waiting × the average service time of the last 20 finished today (5 min when fewer than 5) ÷ open counters serving it, rounded up; null when no counter serving it is open',
          headers: cacheHeader,
        },
        404: err('Unknown regency'),
        422: err('Bad parameter'),
        429: limited,
      },
    },
  },
};
