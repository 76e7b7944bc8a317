import { z } from 'zod';
import { ERROR_STATUS } from './errors';
import type { OperationHandler } from './pipeline';

/** Issue 15: builds the operations of the OpenAPI document from the pipeline's specs (the route
 *  files' `operation()` declarations, ./operations.ts): its summary and operationId, every path
 *  and query parameter with the schema the server checks it with, the request schema and the
 *  JSON response schema of each 2xx (zod 4's JSON Schema of the very schemas the server validates
 *  with and declares as its `output`), and the statuses the pipeline itself can answer (401, 403,
 *  405, 413, 415, 422, 500). The hand-written entries (lib/<domain>/openapi.ts) add only prose:
 *  the parameters' descriptions and examples, headers, and what each status means. An operation
 *  declared in a route file but not written by hand still appears, with what its spec says. */

type Spec = OperationHandler['spec'];

/** Writes whose body may be left out (`{}` is assumed). */
const OPTIONAL_BODY = new Set(['POST /counters/{id}/call-next']);

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema: as a client sends it (`input`:
 *  bodies and parameters) or as the server answers it (`output`: the declared answers, where an
 *  integer's safe-integer bounds, which every JSON number of ours keeps, are left out). */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: io === 'output' ? dropSafeBounds : undefined,
  }) as Record<string, unknown>;
  void _drop;
  return rest;
}

function dropSafeBounds({ jsonSchema: s }: { jsonSchema: { minimum?: unknown; maximum?: unknown } }) {
  if (s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum;
  if (s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
}

/** The declared answers of an operation by status. */
export function outputsOf(spec: Spec): [string, z.ZodType][] {
  const { output } = spec;
  if (!output) return [];
  if (output instanceof z.ZodType) return [[String(spec.status ?? 200), output]];
  return Object.entries(output);
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
  429: 'Too many requests (see the Retry-After header)',
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

/** The fields of an object schema (a query or path `z.object`, possibly extended or omitted). */
function fieldsOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
}

/** A parameter as the server checks it: the hand-written one's description and example kept,
 *  its schema the zod schema's (unless zod's says nothing, e.g. a preprocess). */
function parameterOf(name: string, where: 'path' | 'query', schema: z.ZodType | undefined, written?: Json): Json {
  const generated = schema ? jsonSchemaOf(schema) : { type: 'string' };
  const { default: _default, ...rest } = generated;
  void _default;
  const useful = Object.keys(rest).length > 0;
  return {
    ...(written ?? {}),
    name,
    in: where,
    required: where === 'path' ? true : schema ? !schema.safeParse(undefined).success : Boolean(written?.required),
    schema: useful ? merged(written?.schema as Json | undefined, generated) : (written?.schema ?? { type: 'string' }),
  };
}

/** The hand-written schema's enum, example and format under the generated schema (an example of
 *  another type than the server's is dropped: a path id is a string of digits). */
function merged(written: Json | undefined, generated: Json): Json {
  const out = { ...(written ?? {}), ...generated };
  const type = generated.type;
  if (out.example !== undefined && typeof type === 'string' && typeOfJson(out.example) !== type) delete out.example;
  return out;
}

const typeOfJson = (v: unknown) =>
  Array.isArray(v) ? 'array' : v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v;

const periodLocked = (description: string) => ({
  description: `${description}; or the date falls in a month that is SUBMITTED or APPROVED (code PERIOD_LOCKED, SPEC §14: the message names the month and its state)`,
  content: {
    'application/json': {
      schema: { $ref: '#/components/schemas/Error' },
      examples: {
        PERIOD_LOCKED: {
          value: {
            error: {
              code: 'PERIOD_LOCKED',
              message:
                'Bulan Januari 2023 Kota Jambi sudah disetujui (APPROVED): data bertanggal di bulan itu tidak dapat diubah. Minta kepala dinas provinsi membuka kembali bulan ini.',
            },
          },
        },
      },
    },
  },
});

export function completeOpenApi<D extends { paths: Record<string, Record<string, unknown>>; components: Json }>(
  doc: D,
  specs: Spec[],
): D {
  const paths: Record<string, Record<string, Operation>> = JSON.parse(JSON.stringify(doc.paths));
  for (const spec of specs) {
    const method = spec.method.toLowerCase();
    const { path } = spec;
    const key = `${spec.method} ${path}`;
    const item = (paths[path] ??= {});
    const op = (item[method] ??= { responses: {} });
    op.summary = spec.summary;
    op.operationId = spec.operationId ?? operationIdOf(method, path);
    if (spec.auth === 'anonymous') op.security = [];

    // parameters: the path's and the query's from the zod schemas, then the hand-written others
    const written = op.parameters ?? [];
    const find = (name: string, where: string) => written.find((p) => p.name === name && p.in === where);
    const pathFields = { ...fieldsOf(spec.params), ...fieldsOf(spec.domainParams) };
    const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const queryFields = fieldsOf(spec.query);
    const params = [
      ...pathParams.map((name) => parameterOf(name, 'path', pathFields[name], find(name, 'path'))),
      ...Object.entries(queryFields).map(([name, schema]) => parameterOf(name, 'query', schema, find(name, 'query'))),
      ...written.filter(
        (p) =>
          !(p.in === 'path' && pathParams.includes(String(p.name))) &&
          !(p.in === 'query' && String(p.name) in queryFields),
      ),
    ];
    if (spec.idempotent && !params.some((p) => p.in === 'header' && /^idempotency-key$/i.test(String(p.name)))) {
      params.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,100}$' },
        description: 'A retry with the same key gets the first answer back and writes nothing new (SPEC §11)',
      });
    }
    if (params.length) op.parameters = params;
    else delete op.parameters;

    // the request schema the server validates with
    const body = spec.body ?? spec.domainBody;
    if (body) {
      op.requestBody = {
        required: !OPTIONAL_BODY.has(key),
        ...(op.requestBody ?? {}),
        content: { 'application/json': { schema: jsonSchemaOf(body) } },
      };
    }

    // a JSON schema for each 2xx answer (downloads keep their other media types beside it)
    for (const [status, schema] of outputsOf(spec)) {
      const res = (op.responses[status] ??= { description: 'The answer' });
      res.content = {
        ...((res.content ?? {}) as Json),
        'application/json': { schema: jsonSchemaOf(schema, 'output') },
      };
    }
    if (spec.periodLocked) {
      const conflict = op.responses['409'];
      op.responses['409'] = periodLocked(String(conflict?.description ?? 'Conflict'));
    }

    // the statuses the pipeline answers on its own
    const statuses = [
      ...(spec.auth === 'anonymous' ? [] : [401, 403]),
      405,
      500,
      ...(WRITE.has(method) ? [400, 403, 413, 415, 422] : []),
      ...(Object.keys(queryFields).length ? [422] : []),
      ...(spec.params && pathParams.length ? [404] : []),
      ...(spec.limit ? [429] : []),
    ];
    for (const s of statuses) op.responses[String(s)] ??= errorResponse(STANDARD[s]);
  }
  const components = JSON.parse(JSON.stringify(doc.components)) as Json & {
    schemas: { Error: { properties: { error: { properties: { code: Json } } } } };
  };
  components.schemas.Error.properties.error.properties.code.enum = Object.keys(ERROR_STATUS);
  return { ...doc, components, paths };
}
