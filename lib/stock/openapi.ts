/** OpenAPI entries of the stock routes (merged into lib/api/openapi.ts). */
import { formatParam } from '@/lib/export/openapi';
import { itemPaths, withItem } from './items-openapi';
import { err, idempotencyKeyHeader, pathParam, scopeErrors } from '@/lib/api/openapi-parts';
const asOf = {
  name: 'asOf',
  in: 'query',
  required: false,
  schema: { type: 'string', format: 'date' },
  description: 'Figures as they stood at the end of this day (default: today in the region time zone).',
};

const locationCode = pathParam('code', '15.71');
const provinceCode = pathParam('code', '15');

/** The refusals of a stock write (its own conflicts aside). */
const writeErrors = (unknown: string) => ({
  401: err('Not signed in'),
  403: err('Outside the caller scope or role'),
  404: err(unknown),
  422: err('Validation'),
});

const ledgerPaths = {
  '/stock': {
    get: {
      parameters: [
        { name: 'province', in: 'query', required: true, schema: { type: 'string', example: '15' } },
        asOf,
        formatParam,
        {
          name: 'urut',
          in: 'query',
          schema: { type: 'string', example: 'daysOfCover' },
          description: 'the order of a download, as on /stok (default status, worst first)',
        },
        { name: 'arah', in: 'query', schema: { type: 'string', enum: ['naik', 'turun'] } },
      ],
      responses: {
        200: {
          description:
            'province, warehouse {onHand}, regencies [{regencyCode, name, onHand, minimum, status, avgDailyUse, daysOfCover, projectedStockoutDate, lastUpdatedAt, lastUpdatedOn, overdue}], alerts',
        },
        ...scopeErrors('Unknown province', 'Bad parameter'),
      },
    },
  },
  '/stock/{code}/movements': {
    get: {
      parameters: [
        locationCode,
        { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
        { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
        asOf,
        {
          name: 'type',
          in: 'query',
          schema: {
            type: 'string',
            enum: ['RECEIPT', 'DISTRIBUTION', 'PRINTED', 'SPOILED', 'TRANSFER', 'ADJUSTMENT', 'REVERSAL'],
          },
        },
        { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'nextCursor of the previous page' },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        formatParam,
      ],
      responses: {
        200: {
          description:
            '{locationCode, asOf, onHand (at the end of asOf, or now), items (each with reversed), nextCursor}; with format=csv|xlsx every movement matching the filters (cursor and limit ignored) up to 10,000, the file ending with a note when cut',
        },
        ...scopeErrors('Unknown region', 'Bad parameter'),
      },
    },
    post: {
      parameters: [locationCode, idempotencyKeyHeader],
      responses: {
        201: { description: '{movement, onHand}' },
        400: err('Not JSON or a bad Idempotency-Key'),
        ...writeErrors('Unknown region'),
        409: err('Not enough stock (message states the balance and the asked quantity), or already reversed'),
      },
    },
  },
  '/stock/{code}/minimum': {
    put: {
      parameters: [locationCode],
      responses: {
        200: { description: '{regencyCode, minimum}' },
        ...writeErrors('Unknown regency'),
      },
    },
  },
  '/provinces/{code}/allocation-plans': {
    post: {
      parameters: [provinceCode, formatParam],
      responses: {
        200: {
          description:
            '{lines:[{regencyCode, quantity, onHandAfter, daysOfCoverAfter, name, onHand, minimum, avgDailyUse, daysOfCover}], warehouseOnHand}; with format=csv|xlsx the lines as a download',
        },
        ...writeErrors('Unknown province'),
      },
    },
  },
  '/provinces/{code}/allocations': {
    post: {
      parameters: [provinceCode, idempotencyKeyHeader],
      responses: {
        201: { description: '{reference, occurredOn, total, received, lines, warehouseOnHand}' },
        ...writeErrors('Unknown province'),
        409: err('Not enough stock in the warehouse'),
      },
    },
  },
} as const;

/** SPEC §16: every stock endpoint also takes `item`. */
export const stockPaths = { ...withItem(ledgerPaths), ...itemPaths };
