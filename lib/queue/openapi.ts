/** The queue rows of /api/v1/openapi.json (SPEC §6 and §8), merged into lib/api/openapi.ts. */
import { formatParam } from '@/lib/export/openapi';
import { asOf, err, scopeErrors } from '@/lib/api/openapi-parts';

/** A text/event-stream body: frames `id:`, `event: state` and `data:` the JSON of `answer`
 *  (its schema is that answer's), and `:` comment heartbeats. */
const sse = (answer: string) => ({
  type: 'string',
  description: `Server-sent events: \`retry: 3000\`, then frames \`id: …\` \`event: state\` \`data: {…}\` whose data is the JSON answer of ${answer}, and \`:\` comment heartbeats every 15 s`,
});

const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: 'the ETag of the last answer: 304 when nothing changed',
};

const idParam = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'integer' },
  description: what,
});
const ticketOut = {
  description: '{id, number ("I-001"), service, status, issuedAt, calledAt, doneAt, officeId, counterId, day}',
};
/** An edit of an office or a counter, or a new counter of an office: `status` answers `answer`. */
const edit = (what: 'office' | 'counter', status: 200 | 201, answer: string) => ({
  parameters: [idParam(`${what} id`)],
  responses: { [status]: { description: answer }, ...scopeErrors(`Unknown ${what}`, 'Invalid field') },
});
/** A called ticket's transition (done, no-show, recall, transfer). */
const transition = {
  post: {
    parameters: [idParam('ticket id')],
    responses: {
      200: ticketOut,
      401: err('Not signed in'),
      403: err('Not the counter of this ticket'),
      404: err('Unknown ticket'),
      409: err('Wrong transition (the ticket is not called); nothing changed'),
    },
  },
};

export const queuePaths = {
  '/offices': {
    get: {
      parameters: [{ name: 'scope', in: 'query', schema: { type: 'string', example: '15.71' } }, formatParam],
      responses: {
        200: {
          description:
            '[{id, regencyCode, regencyName, name, kind, opensAt, closesAt, counters:[{id, name, services, capacity, isOpen}]}]; with format=csv|xlsx one row per counter',
        },
        ...scopeErrors('Unknown region', 'Bad parameter'),
      },
    },
    post: {
      responses: {
        201: { description: 'the office' },
        401: err('Not signed in'),
        403: err('Outside the caller scope'),
        422: err('Invalid field'),
      },
    },
  },
  '/offices/{id}': { patch: edit('office', 200, 'the office') },
  '/offices/{id}/counters': { post: edit('office', 201, '{id, officeId, name, services, capacity, isOpen}') },
  '/offices/{id}/tickets': {
    post: {
      parameters: [
        idParam('office id'),
        { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } },
      ],
      responses: {
        201: {
          description:
            '{id, number, service, status, issuedAt, day, waitingBefore, estimatedWaitMin (null without an open counter), officeName, timeZone}',
        },
        401: err('Not signed in'),
        403: err('Not the kiosk of this office'),
        404: err('Unknown office'),
        409: err(
          "No open counter serves the service; outside the office's opening hours; or today's quota of the service is used up",
        ),
        422: err('Invalid service'),
      },
    },
  },
  '/offices/{id}/queue': {
    get: {
      parameters: [idParam('office id'), ifNoneMatch],
      responses: {
        200: { description: '{office, today, services, lastCalls, serverTime, version, openNow}, with an ETag' },
        304: { description: 'Nothing changed since the ETag sent in If-None-Match' },
        ...scopeErrors('Unknown office'),
      },
    },
  },
  '/offices/{id}/events': {
    get: {
      parameters: [
        idParam('office id'),
        { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' } },
      ],
      responses: {
        200: {
          description: 'text/event-stream of states shaped like GET /offices/{id}/queue',
          content: { 'text/event-stream': { schema: sse('GET /offices/{id}/queue') } },
        },
        ...scopeErrors('Unknown office'),
      },
    },
  },
  '/queue/events': {
    get: {
      parameters: [
        { name: 'scope', in: 'query', schema: { type: 'string', example: '15' } },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        { name: 'cursor', in: 'query', schema: { type: 'string' } },
      ],
      responses: {
        200: {
          description: 'text/event-stream of states shaped like GET /queue',
          content: { 'text/event-stream': { schema: sse('GET /queue') } },
        },
        ...scopeErrors('Unknown region', 'Bad parameter'),
      },
    },
  },
  '/counters/{id}': { patch: edit('counter', 200, 'the counter') },
  '/counters/{id}/call-next': {
    post: {
      parameters: [idParam('counter id')],
      responses: {
        200: ticketOut,
        401: err('Not signed in'),
        403: err('Not this counter'),
        404: err('No ticket waits'),
        409: err('Counter closed, or its current ticket is not finished'),
        422: err('Invalid service'),
      },
    },
  },
  '/tickets/{id}/done': transition,
  '/tickets/{id}/no-show': transition,
  '/tickets/{id}/recall': transition,
  '/tickets/{id}/transfer': transition,
  '/queue': {
    get: {
      parameters: [
        { name: 'scope', in: 'query', schema: { type: 'string', example: '15' } },
        asOf,
        formatParam,
        {
          name: 'level',
          in: 'query',
          schema: { type: 'string', enum: ['office', 'counter'], default: 'office' },
          description: 'what a download lists: one row per office, or one per counter',
        },
        {
          name: 'limit',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          description: 'offices per page (JSON); totals and hourly always cover the whole scope',
        },
        {
          name: 'cursor',
          in: 'query',
          schema: { type: 'string' },
          description: 'page.nextCursor of the page before',
        },
        {
          name: 'status',
          in: 'query',
          schema: { type: 'string', enum: ['overloaded', 'normal'] },
          description: 'only the offices that are (not) overloaded; totals still cover the whole scope',
        },
        ifNoneMatch,
      ],
      responses: {
        200: {
          description:
            '{scope, name, asOf, totals, offices:[{…, counters:[…]}] (one page), page:{offset, count, total, nextCursor}, hourly}; with format=csv|xlsx every office (level=counter: every counter), one row each, as a download',
        },
        304: { description: 'Nothing changed since the ETag sent in If-None-Match (JSON only)' },
        ...scopeErrors('Unknown region', 'Bad parameter'),
      },
    },
  },
};
