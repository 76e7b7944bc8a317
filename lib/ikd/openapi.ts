/** The IKD entries of /api/v1/openapi.json (spread into lib/api/openapi.ts). */
import { formatParam } from '@/lib/export/openapi';
import { asOf, err, pathParam, scopeErrors } from '@/lib/api/openapi-parts';

const regencyCode = pathParam('regencyCode', '15.71');
const day = { name: 'day', in: 'path', required: true, schema: { type: 'string', format: 'date' } };
const writeErrors = {
  400: err('Body is not JSON'),
  401: err('Not signed in'),
  403: err('Outside the caller scope or role'),
  404: err('Unknown regency'),
  422: err('Invalid field (fields names each one)'),
};

/** IKD adoption (SPEC §5). */
export const ikdPaths = {
  '/ikd': {
    get: {
      parameters: [
        { name: 'province', in: 'query', schema: { type: 'string', example: '16', default: 'national' } },
        asOf,
        formatParam,
      ],
      responses: {
        200: {
          description:
            'scope, asOf, today, daysLeftInYear, total, rows[rank, code, name, wajibKtp, activations, percent, target, targetPersons, gapPersons, pace30, requiredDailyPace, projectedTargetDate, status], series.monthly; with format=csv|xlsx the ranking table as a download (pantau-ikd-<scope>-<day>.<ext>)',
        },
        ...scopeErrors('Unknown province', 'Bad parameter'),
      },
    },
  },
  '/ikd/{regencyCode}': {
    get: {
      parameters: [regencyCode, asOf],
      responses: {
        200: { description: 'figures, target, series, breakdown, population, baseline, campaigns' },
        ...scopeErrors('Unknown regency', 'Bad parameter'),
      },
    },
  },
  '/ikd/{regencyCode}/days/{day}': {
    get: {
      parameters: [regencyCode, day],
      responses: {
        200: { description: 'regencyCode, day, today, wajibKtp, total, counts' },
        ...scopeErrors('Unknown regency', 'Bad date'),
      },
    },
    put: {
      parameters: [regencyCode, day],
      responses: { 200: { description: 'regencyCode, day, total, previousTotal, change, counts' }, ...writeErrors },
    },
  },
  '/ikd/{regencyCode}/population': {
    put: {
      parameters: [regencyCode],
      responses: { 200: { description: 'regencyCode, wajibKtp, validFrom, history' }, ...writeErrors },
    },
  },
  '/ikd/{regencyCode}/baseline': {
    put: {
      parameters: [regencyCode],
      responses: {
        200: { description: 'regencyCode, asOf, activations' },
        ...writeErrors,
        409: err('The baseline is already set'),
      },
    },
  },
  '/ikd/{regencyCode}/campaigns': {
    get: {
      parameters: [regencyCode, formatParam],
      responses: {
        200: { description: 'campaigns, totals; with format=csv|xlsx the campaigns table' },
        ...scopeErrors('Unknown regency'),
      },
    },
    post: {
      parameters: [regencyCode, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } }],
      responses: { 201: { description: 'the campaign' }, ...writeErrors },
    },
  },
  '/ikd/{regencyCode}/campaigns/{id}': {
    patch: {
      parameters: [regencyCode, { name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: { 200: { description: 'the campaign' }, ...writeErrors },
    },
  },
  '/targets/ikd': {
    put: {
      responses: { 200: { description: 'scope, year, percent, previous' }, ...writeErrors },
    },
  },
} as const;
