/** OpenAPI entries of the requisition routes, SPEC §17 (merged into lib/api/openapi.ts). */
import { formatParam } from '@/lib/export/openapi';

const errorRef = { $ref: '#/components/schemas/Error' };
const err = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });
const int = { type: 'integer' } as const;
const str = { type: 'string' } as const;
const day = { type: 'string', format: 'date' } as const;
const state = { type: 'string', enum: ['DRAFT', 'SUBMITTED', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED'] } as const;
const rate = { type: ['number', 'null'], description: 'received ÷ total (null when total is 0)' } as const;

const summary = {
  type: 'object',
  required: ['id', 'provinceCode', 'state', 'total', 'received', 'fillRate', 'submittedAt'],
  properties: {
    id: int,
    provinceCode: str,
    provinceName: str,
    item: str,
    from: day,
    to: day,
    months: int,
    state,
    total: { ...int, description: 'max(0, Σ requested − warehouseOnHand)' },
    received: { ...int, description: 'Σ the province RECEIPTs booked against it' },
    fillRate: rate,
    submittedAt: { type: ['string', 'null'], format: 'date-time' },
    daysWaiting: { type: ['integer', 'null'], description: 'submission day to filled (or today)' },
  },
} as const;

const requisition = {
  type: 'object',
  required: [...summary.required, 'item', 'from', 'to', 'warehouseOnHand', 'lines'],
  properties: {
    ...summary.properties,
    figuresOn: { ...day, description: 'the day whose stock figures the lines were computed from' },
    cohortTotal: { type: ['integer', 'null'] },
    warehouseOnHand: int,
    createdAt: { type: 'string', format: 'date-time' },
    filledAt: { type: ['string', 'null'], format: 'date-time' },
    cancelledAt: { type: ['string', 'null'], format: 'date-time' },
    lines: {
      type: 'array',
      items: {
        type: 'object',
        required: ['regencyCode', 'onHand', 'minimum', 'avgDailyUse', 'projectedUse', 'cohort', 'requested'],
        properties: {
          regencyCode: str,
          name: str,
          onHand: int,
          minimum: int,
          avgDailyUse: { type: 'number' },
          projectedUse: { ...int, description: 'ceil(avgDailyUse × days in the period)' },
          cohort: int,
          proposed: { ...int, description: 'max(0, projectedUse + cohort + minimum − onHand)' },
          requested: { ...int, description: 'the proposed figure, or the head’s edit' },
        },
      },
    },
    receipts: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: int, occurredOn: day, quantity: int, delta: int, reference: { type: ['string', 'null'] } },
      },
    },
  },
} as const;

const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', example: 1 } };

export const requisitionPaths = {
  '/provinces/{code}/requisitions': {
    post: {
      operationId: 'draftRequisition',
      summary: 'Draft a requisition of the province (its head only) from its stock figures now',
      parameters: [
        { name: 'code', in: 'path', required: true, schema: { type: 'string', example: '15' } },
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          schema: { type: 'string', minLength: 8, maxLength: 100 },
        },
      ],
      responses: {
        201: json(requisition, 'The draft'),
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
      operationId: 'listRequisitions',
      summary: 'Requisitions of the nation (admin) or of a province, newest first, with the totals',
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
        200: json(
          {
            type: 'object',
            required: ['requisitions', 'totals'],
            properties: {
              scope: str,
              requisitions: { type: 'array', items: summary },
              totals: {
                type: 'object',
                properties: { requisitions: int, requested: int, received: int, fillRate: rate },
                description: 'over the submitted ones (not drafts, not cancelled)',
              },
            },
          },
          'The list; with format=csv|xlsx as a download',
        ),
        401: err('Not signed in'),
        403: err('Outside the caller scope'),
        404: err('Unknown province'),
        422: err('Bad parameter'),
      },
    },
  },
  '/requisitions/{id}': {
    get: {
      operationId: 'getRequisition',
      summary: 'One requisition with its lines and the receipts booked against it',
      parameters: [idParam, formatParam],
      responses: {
        200: json(requisition, 'The requisition; with format=csv|xlsx its lines as a download'),
        401: err('Not signed in'),
        403: err('Outside the caller scope'),
        404: err('Unknown requisition'),
      },
    },
    put: {
      operationId: 'updateRequisition',
      summary: 'Submit or cancel a requisition, or edit the requested quantities of a draft',
      parameters: [idParam],
      responses: {
        200: json(requisition, 'The requisition after the change'),
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
