/** The month close, alerts and anomaly entries of /api/v1/openapi.json (SPEC §14), spread into
 *  lib/api/openapi.ts. */
import { ALERT_KINDS } from '@/lib/alerts/rules';
import { err } from '@/lib/api/openapi-parts';

const month = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2026-10' };
const scope = {
  name: 'scope',
  in: 'query',
  required: false,
  schema: { type: 'string', example: '15' },
  description: '`national`, a province or a regency code (default: the caller’s own scope)',
};

export const periodPaths = {
  '/periods': {
    get: {
      parameters: [
        scope,
        { name: 'month', in: 'query', required: false, schema: month, description: 'default: last month' },
      ],
      responses: {
        200: { description: 'month, regencies[], pending[] (SUBMITTED months of the scope)' },
        401: err('Not signed in'),
        403: err('Outside the caller’s scope'),
        404: err('Unknown region'),
        422: err('Invalid scope or month'),
      },
    },
  },
  '/periods/{regencyCode}/{month}': {
    put: {
      parameters: [
        { name: 'regencyCode', in: 'path', required: true, schema: { type: 'string', example: '15.71' } },
        { name: 'month', in: 'path', required: true, schema: month },
      ],
      responses: {
        200: { description: 'The month’s new state' },
        400: err('Body is not JSON'),
        401: err('Not signed in'),
        403: err('Role or scope may not make this transition'),
        404: err('Unknown regency'),
        409: err('Transition not allowed from the current state, or the month has not ended'),
        422: err('Invalid action or month; reopen without a note'),
      },
    },
  },
  '/alerts': {
    get: {
      parameters: [
        scope,
        { name: 'kind', in: 'query', required: false, schema: { type: 'string', enum: [...ALERT_KINDS] } },
      ],
      responses: {
        200: { description: 'alerts[], unseen, counts per kind, byProvince (national scope)' },
        401: err('Not signed in'),
        403: err('Outside the caller’s scope'),
        404: err('Unknown region'),
        422: err('Invalid scope or kind'),
      },
    },
  },
  '/alerts/seen': {
    put: {
      responses: {
        200: { description: 'seenAt, unseen (0)' },
        401: err('Not signed in'),
        403: err('The role has no alerts'),
      },
    },
  },
  '/anomalies/{anomalyId}/check': {
    post: {
      parameters: [{ name: 'anomalyId', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: {
        200: { description: 'The checked anomaly' },
        400: err('Body is not JSON'),
        401: err('Not signed in'),
        403: err('Not a head of the entry’s province'),
        404: err('Unknown anomaly'),
        409: err('Already checked'),
        422: err('Missing note'),
      },
    },
  },
};
