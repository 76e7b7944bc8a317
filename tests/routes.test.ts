import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApi, openApiOperation } from '@/lib/api/openapi';
import { jsonSchemaOf, outputsOf } from '@/lib/api/openapi-complete';
import { routeOperations, type OperationSpecOf } from '@/lib/api/operations';

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    // the catch-all [...path] (404 for unknown paths) is no API route
    if (e.isDirectory()) return e.name.startsWith('[...') ? [] : routeFiles(p);
    return e.name === 'route.ts' ? [p] : [];
  });
}

const root = path.join(process.cwd(), 'app', 'api', 'v1');
const routeOf = (f: string) =>
  ('/' + path.relative(root, path.dirname(f)).split(path.sep).join('/')).replace(/\[(\w+)\]/g, '{$1}');
/** `METHOD /path` of every method a route file serves (`export const GET = operation(…)`). */
const served = routeFiles(root)
  .flatMap((f) =>
    [...fs.readFileSync(f, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
      (m) => `${m[1]} ${routeOf(f)}`,
    ),
  )
  .sort();
const specs: OperationSpecOf[] = [...routeOperations(), openApiOperation];

type Json = Record<string, unknown>;
type Op = { operationId?: string; parameters?: Json[]; responses: Record<string, { content?: Record<string, Json> }> };
const operations = Object.entries(openApi.paths as unknown as Record<string, Record<string, Op>>).flatMap(([p, item]) =>
  Object.entries(item).map(([m, op]) => ({ key: `${m.toUpperCase()} ${p}`, op })),
);

/** JSON paths of object schemas that say nothing about their contents. */
function bareObjects(schema: unknown, at = '$'): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => bareObjects(s, `${at}[${i}]`));
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Json;
  const says = ['properties', 'additionalProperties', '$ref', 'anyOf', 'oneOf', 'allOf'].some((k) => k in s);
  return [
    ...(s.type === 'object' && !says ? [at] : []),
    ...Object.entries(s).flatMap(([k, v]) => bareObjects(v, `${at}.${k}`)),
  ];
}

describe('API v1 routes', () => {
  it('every route file is described in /api/v1/openapi.json (a new route needs its entry)', () => {
    const routes = routeFiles(root).map(routeOf).sort();
    expect(routes).toEqual(Object.keys(openApi.paths).sort());
  });

  it('every method a route file serves is an operation() the document is built from', () => {
    expect(specs.map((s) => `${s.method} ${s.path}`).sort()).toEqual(served);
    expect(operations.map((o) => o.key).sort()).toEqual(served);
  });

  it('every path parameter has its zod schema (checked by the pipeline or by the domain)', () => {
    const missing = specs.flatMap((s) => {
      const declared = {
        ...(s.params instanceof z.ZodObject ? s.params.shape : {}),
        ...(s.domainParams instanceof z.ZodObject ? s.domainParams.shape : {}),
      };
      return [...s.path.matchAll(/\{(\w+)\}/g)].filter((m) => !(m[1] in declared)).map((m) => `${s.path} ${m[1]}`);
    });
    expect(missing).toEqual([]);
  });

  it('every operation has an operationId and a JSON schema for each 2xx that says what it holds', () => {
    const problems = operations.flatMap(({ key, op }) => {
      const out: string[] = op.operationId ? [] : [`${key}: no operationId`];
      for (const [status, res] of Object.entries(op.responses)) {
        if (!/^2\d\d$/.test(status)) continue;
        // an event stream has no JSON answer: its frames' data is another operation's answer
        if (res.content?.['text/event-stream']) continue;
        const schema = res.content?.['application/json']?.schema;
        if (!schema) out.push(`${key} ${status}: no JSON schema`);
        else out.push(...bareObjects(schema).map((p) => `${key} ${status}: bare object at ${p}`));
      }
      return out;
    });
    expect(problems).toEqual([]);
    expect(new Set(operations.map((o) => o.op.operationId)).size).toBe(operations.length);
  });

  it('every 2xx JSON schema is the one of the output its operation() declares (no hand-written answer)', () => {
    const paths = openApi.paths as unknown as Record<string, Record<string, Op>>;
    const problems = specs.flatMap((spec) => {
      const key = `${spec.method} ${spec.path}`;
      const declared = new Map(outputsOf(spec));
      return Object.entries(paths[spec.path][spec.method.toLowerCase()].responses).flatMap(([status, res]) => {
        if (!/^2\d\d$/.test(status) || res.content?.['text/event-stream']) return [];
        const output = declared.get(status);
        if (!output) return [`${key} ${status}: no declared output`];
        const schema = res.content?.['application/json']?.schema;
        return JSON.stringify(schema) === JSON.stringify(jsonSchemaOf(output, 'output'))
          ? []
          : [`${key} ${status}: not the declared output's schema`];
      });
    });
    expect(problems).toEqual([]);
  });

  it('the dated writes document 409 PERIOD_LOCKED (SPEC §14)', () => {
    const locked = operations
      .filter(({ op }) => JSON.stringify(op.responses['409'] ?? {}).includes('"PERIOD_LOCKED"'))
      .map((o) => o.key)
      .sort();
    expect(locked).toEqual([
      'PATCH /ikd/{regencyCode}/campaigns/{id}',
      'POST /ikd/{regencyCode}/campaigns',
      'POST /imports/commit',
      'POST /provinces/{code}/allocations',
      'POST /stock/{code}/movements',
      'PUT /ikd/{regencyCode}/days/{day}',
      'PUT /ikd/{regencyCode}/population',
    ]);
  });
});
