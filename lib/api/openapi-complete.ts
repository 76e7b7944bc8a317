import { z } from 'zod';
import { movementBody, minimumBody, planBody, allocationBody } from '@/lib/stock/schemas';
import {
  baselineBody,
  campaignBody,
  campaignResultBody,
  dayCountsBody,
  populationBody,
  targetBody,
} from '@/lib/ikd/schemas';
import { callNextBody, issueBody, transferBody } from '@/lib/queue/tickets';
import { counterBody, counterPatch, officeBody, officePatch } from '@/lib/queue/offices';
import { changePasswordSchema, newUserSchema } from '@/lib/users/queries';
import { importBody } from '@/lib/imports/imports';
import { ERROR_STATUS } from './errors';
import { RESPONSE_SCHEMAS } from './openapi-responses';

/** Issue 15: completes the hand-written OpenAPI entries from what the pipeline knows, so no
 *  operation lacks what an integrator (or a generated client, or a fuzzer) needs: an
 *  operationId, every path parameter, the request schema (zod 4's JSON Schema of the very
 *  schema the server validates with), a JSON response schema for each 2xx, and the statuses
 *  the pipeline itself can answer (401, 403, 405, 413, 415, 422, 500). */

/** The body each write validates with (the same zod schemas as the handlers). */
const REQUEST_BODIES: Record<string, z.ZodType> = {
  'POST /stock/{code}/movements': movementBody,
  'PUT /stock/{code}/minimum': minimumBody,
  'POST /provinces/{code}/allocation-plans': planBody,
  'POST /provinces/{code}/allocations': allocationBody,
  'PUT /ikd/{regencyCode}/days/{day}': dayCountsBody,
  'PUT /ikd/{regencyCode}/population': populationBody,
  'PUT /ikd/{regencyCode}/baseline': baselineBody,
  'PUT /targets/ikd': targetBody,
  'POST /ikd/{regencyCode}/campaigns': campaignBody,
  'PATCH /ikd/{regencyCode}/campaigns/{id}': campaignResultBody,
  'POST /offices': officeBody,
  'PATCH /offices/{id}': officePatch,
  'POST /offices/{id}/counters': counterBody,
  'PATCH /counters/{id}': counterPatch,
  'POST /offices/{id}/tickets': issueBody,
  'POST /counters/{id}/call-next': callNextBody,
  'POST /tickets/{id}/transfer': transferBody,
  'POST /users': newUserSchema,
  'PUT /users/{id}/active': z.object({ active: z.boolean() }),
  'PUT /me/password': changePasswordSchema,
  'POST /imports/preview': importBody,
  'POST /imports/commit': importBody,
};
/** Writes whose body may be left out (`{}` is assumed). */
const OPTIONAL_BODY = new Set(['POST /counters/{id}/call-next']);

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema, as a client sends it. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  void _drop;
  return rest;
}

const WRITE = new Set(['post', 'put', 'patch', 'delete']);
const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/** `GET /ikd/{regencyCode}/days/{day}` → `getIkdByRegencyCodeDaysByDay`. */
export function operationIdOf(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.startsWith('{') ? `By${pascal(seg.slice(1, -1))}` : pascal(seg.replace(/\.json$/, 'Json'))));
  return method.toLowerCase() + parts.join('');
}

const STANDARD: Record<number, string> = {
  400: 'Malformed request (broken JSON, bad Idempotency-Key)',
  401: 'Not signed in (or the session ended)',
  403: 'Outside the caller scope or role, or a write from another origin',
  404: 'Not found',
  405: 'Method not served at this path (see the Allow header)',
  413: 'Body over 1 MB (10 MB for the imports)',
  415: 'A body that is not application/json',
  422: 'Invalid fields or parameters (fields names each)',
  500: 'Server error (no details)',
};

type Json = Record<string, unknown>;
interface Operation extends Json {
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
  security?: unknown[];
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function completeOpenApi<D extends { paths: Record<string, Record<string, unknown>>; components: Json }>(
  doc: D,
): D {
  const paths: Record<string, Record<string, Operation>> = JSON.parse(JSON.stringify(doc.paths));
  for (const [path, item] of Object.entries(paths)) {
    const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries(item)) {
      const key = `${method.toUpperCase()} ${path}`;
      op.operationId ??= operationIdOf(method, path);
      // every {param} declared, required, as a string
      const params = (op.parameters ??= []);
      for (const name of pathParams) {
        const found = params.find((p) => p.in === 'path' && p.name === name);
        if (found) found.required = true;
        else params.push({ name, in: 'path', required: true, schema: { type: 'string' } });
      }
      if (!params.length) delete op.parameters;
      // the request schema the server validates with
      const body = REQUEST_BODIES[key];
      if (body) {
        op.requestBody = {
          required: !OPTIONAL_BODY.has(key),
          ...(op.requestBody ?? {}),
          content: { 'application/json': { schema: jsonSchemaOf(body) } },
        };
      }
      // a JSON schema for each 2xx answer (downloads keep their other media types beside it)
      for (const [status, res] of Object.entries(op.responses)) {
        if (!/^2\d\d$/.test(status)) continue;
        const content = (res.content ?? {}) as Record<string, Json>;
        const documented = RESPONSE_SCHEMAS[`${key} ${status}`] ?? RESPONSE_SCHEMAS[key];
        if (documented) content['application/json'] = { schema: documented };
        else content['application/json'] ??= { schema: { type: 'object' } };
        res.content = content;
      }
      // the statuses the pipeline answers on its own
      const statuses = [
        ...(Array.isArray(op.security) && op.security.length === 0 ? [] : [401, 403]),
        405,
        500,
        ...(WRITE.has(method) ? [400, 403, 413, 415, 422] : []),
        ...((op.parameters ?? []).some((p) => p.in === 'query') ? [422] : []),
      ];
      for (const s of statuses) op.responses[String(s)] ??= errorResponse(STANDARD[s]);
    }
  }
  const components = JSON.parse(JSON.stringify(doc.components)) as Json & {
    schemas: { Error: { properties: { error: { properties: { code: Json } } } } };
  };
  components.schemas.Error.properties.error.properties.code.enum = Object.keys(ERROR_STATUS);
  return { ...doc, components, paths };
}
