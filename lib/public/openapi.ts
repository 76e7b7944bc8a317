/** OpenAPI entries of the public API (SPEC §15): no session, cacheable, rate-limited. */
const err = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const limited = {
  description: 'More than 60 requests in this minute from the client address',
  headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds until the next minute' } },
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const cacheHeader = {
  'Cache-Control': { schema: { type: 'string', example: 'public, max-age=60' } },
};
const nullableNumber = { type: ['number', 'null'] };

export const publicPaths = {
  '/public/summary': {
    get: {
      operationId: 'getPublicSummary',
      summary: 'Public figures of the 38 provinces, or of the regencies of one province (no sign-in)',
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
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['asOf', 'regions'],
                properties: {
                  asOf: { type: 'string', format: 'date' },
                  regions: {
                    type: 'array',
                    items: {
                      type: 'object',
                      additionalProperties: false,
                      required: [
                        'code',
                        'name',
                        'stockStatus',
                        'daysOfCover',
                        'ikdPercent',
                        'ikdTarget',
                        'lastUpdated',
                      ],
                      properties: {
                        code: { type: 'string' },
                        name: { type: 'string' },
                        stockStatus: { type: 'string', enum: ['OK', 'BELOW_MINIMUM', 'OUT'] },
                        daysOfCover: nullableNumber,
                        ikdPercent: { type: 'number' },
                        ikdTarget: { type: 'number' },
                        lastUpdated: { type: ['string', 'null'], format: 'date' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        404: err('Unknown province'),
        422: err('Bad parameter'),
        429: limited,
      },
    },
  },
  '/public/offices': {
    get: {
      operationId: 'getPublicOffices',
      summary:
        "Today's queue of every office of a regency: people waiting and the estimated wait per service (no sign-in)",
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
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['offices'],
                properties: {
                  offices: {
                    type: 'array',
                    items: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['id', 'name', 'waiting', 'services'],
                      properties: {
                        id: { type: 'integer' },
                        name: { type: 'string' },
                        waiting: { type: 'integer' },
                        services: {
                          type: 'array',
                          items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['service', 'waiting', 'estimatedWaitMinutes'],
                            properties: {
                              service: { type: 'string', enum: ['IKD', 'KTP_EL', 'KK', 'AKTA'] },
                              waiting: { type: 'integer' },
                              estimatedWaitMinutes: { type: ['integer', 'null'] },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        404: err('Unknown regency'),
        422: err('Bad parameter'),
        429: limited,
      },
    },
  },
};
