/** The month close, alerts and anomaly entries of /api/v1/openapi.json (SPEC §14), spread into
 *  lib/api/openapi.ts. */
import { ALERT_KINDS, SEVERITIES } from '@/lib/alerts/rules';
import { ANOMALY_RULES } from '@/lib/anomalies/rules';
import { PERIOD_STATES } from './rules';

const errorRef = { $ref: '#/components/schemas/Error' };
const err = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });
const ok = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } });
const str = { type: 'string' };
const nullable = (t: string) => ({ type: [t, 'null'] });
const month = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2026-10' };
const scope = {
  name: 'scope',
  in: 'query',
  required: false,
  schema: { type: 'string', example: '15' },
  description: '`national`, a province or a regency code (default: the caller’s own scope)',
};

const periodRow = {
  type: 'object',
  required: ['regencyCode', 'name', 'state', 'by', 'at', 'note'],
  properties: {
    regencyCode: str,
    name: str,
    state: { type: 'string', enum: [...PERIOD_STATES] },
    by: { ...nullable('string'), description: 'who made the latest transition' },
    at: { ...nullable('string'), format: 'date-time' },
    note: nullable('string'),
  },
};

const anomaly = {
  type: 'object',
  required: ['id', 'rule', 'regencyCode', 'day', 'movementId', 'value', 'referenceValue', 'createdAt', 'checkedAt'],
  properties: {
    id: { type: 'integer' },
    rule: { type: 'string', enum: [...ANOMALY_RULES] },
    regencyCode: str,
    day: { type: 'string', format: 'date' },
    movementId: nullable('integer'),
    value: { type: 'number' },
    referenceValue: { type: 'number', description: '30-day average, wajib KTP or the balance before' },
    createdAt: { type: 'string', format: 'date-time' },
    checkedAt: nullable('string'),
    checkedBy: nullable('string'),
    checkNote: nullable('string'),
  },
};

export const periodPaths = {
  '/periods': {
    get: {
      operationId: 'listPeriods',
      summary: 'Each regency’s state of a month (OPEN, SUBMITTED, APPROVED), and the months awaiting approval',
      parameters: [
        scope,
        { name: 'month', in: 'query', required: false, schema: month, description: 'default: last month' },
      ],
      responses: {
        200: ok('month, regencies[], pending[] (SUBMITTED months of the scope)', {
          type: 'object',
          required: ['month', 'regencies', 'pending'],
          properties: {
            month: str,
            lastDay: { type: 'string', format: 'date' },
            regencies: { type: 'array', items: periodRow },
            pending: {
              type: 'array',
              items: {
                ...periodRow,
                required: [...periodRow.required, 'month'],
                properties: { ...periodRow.properties, month: str },
              },
            },
          },
        }),
        401: err('Not signed in'),
        403: err('Outside the caller’s scope'),
        404: err('Unknown region'),
        422: err('Invalid scope or month'),
      },
    },
  },
  '/periods/{regencyCode}/{month}': {
    put: {
      operationId: 'transitionPeriod',
      summary:
        'Submit (the regency officer, after the month’s last local day), approve or reopen with a note (the province head or admin); audited',
      parameters: [
        { name: 'regencyCode', in: 'path', required: true, schema: { type: 'string', example: '15.71' } },
        { name: 'month', in: 'path', required: true, schema: month },
      ],
      responses: {
        200: ok('The month’s new state', {
          type: 'object',
          required: ['regencyCode', 'month', 'state', 'by', 'at'],
          properties: {
            regencyCode: str,
            month: str,
            state: { type: 'string', enum: [...PERIOD_STATES] },
            by: str,
            at: { type: 'string', format: 'date-time' },
          },
        }),
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
      operationId: 'listAlerts',
      summary:
        'What needs attention now in the scope, worst first; `unseen` counts alerts not shown when the user last opened the alerts page',
      parameters: [
        scope,
        { name: 'kind', in: 'query', required: false, schema: { type: 'string', enum: [...ALERT_KINDS] } },
      ],
      responses: {
        200: ok('alerts[], unseen, counts per kind, byProvince (national scope)', {
          type: 'object',
          required: ['scope', 'alerts', 'unseen', 'counts', 'byProvince'],
          properties: {
            scope: str,
            seenAt: nullable('string'),
            unseen: { type: 'integer' },
            counts: { type: 'object', additionalProperties: { type: 'integer' } },
            byProvince: {
              type: 'array',
              items: {
                type: 'object',
                required: ['code', 'name', 'critical', 'warning', 'info', 'total'],
                properties: {
                  code: str,
                  name: str,
                  critical: { type: 'integer' },
                  warning: { type: 'integer' },
                  info: { type: 'integer' },
                  total: { type: 'integer' },
                },
              },
            },
            alerts: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'kind', 'severity', 'regencyCode', 'since', 'message', 'href'],
                properties: {
                  id: str,
                  kind: { type: 'string', enum: [...ALERT_KINDS] },
                  severity: { type: 'string', enum: [...SEVERITIES] },
                  regencyCode: str,
                  officeId: { type: 'integer' },
                  anomalyId: { type: 'integer' },
                  since: {
                    ...nullable('string'),
                    description: 'when the condition began (a date or a time), from the data',
                  },
                  message: str,
                  href: { type: 'string', description: 'the page that fixes it' },
                },
              },
            },
          },
        }),
        401: err('Not signed in'),
        403: err('Outside the caller’s scope'),
        404: err('Unknown region'),
        422: err('Invalid scope or kind'),
      },
    },
  },
  '/alerts/seen': {
    put: {
      operationId: 'markAlertsSeen',
      summary: 'The user opened the alerts page: every current alert of their scope counts as seen',
      responses: {
        200: ok('seenAt, unseen (0)', {
          type: 'object',
          required: ['seenAt', 'unseen'],
          properties: { seenAt: { type: 'string', format: 'date-time' }, unseen: { type: 'integer' } },
        }),
        401: err('Not signed in'),
        403: err('The role has no alerts'),
      },
    },
  },
  '/anomalies/{anomalyId}/check': {
    post: {
      operationId: 'checkAnomaly',
      summary: 'A head (or the admin) marks a flagged entry checked with a note; audited',
      parameters: [{ name: 'anomalyId', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: {
        200: ok('The checked anomaly', anomaly),
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
