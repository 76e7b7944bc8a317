/** Checks JSON answers against the response schemas of /api/v1/openapi.json (issue 15): a small
 *  validator for the JSON Schema the document uses (type, properties, required, items, enum,
 *  pattern, anyOf/oneOf, $ref into components). It reports every mismatch with its JSON path. */
type Schema = Record<string, unknown>;
export interface OpenApiDoc {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

export function validate(doc: OpenApiDoc, schema: Schema, value: unknown, at = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return validate(doc, doc.components.schemas[name] ?? {}, value, at);
  }
  const problems: string[] = [];
  const types = schema.type === undefined ? null : ([] as string[]).concat(schema.type as string | string[]);
  if (types) {
    const t = typeOf(value);
    const ok = types.some((x) => x === t || (x === 'number' && t === 'integer'));
    if (!ok) return [`${at}: ${t} is not ${types.join('|')}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value as never))
    problems.push(`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  if (typeof schema.pattern === 'string' && typeof value === 'string' && !new RegExp(schema.pattern).test(value))
    problems.push(`${at}: "${value}" does not match ${schema.pattern}`);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key] as Schema[] | undefined;
    if (options && !options.some((o) => validate(doc, o, value, at).length === 0))
      problems.push(`${at}: matches none of ${key}`);
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const k of (schema.required as string[] | undefined) ?? [])
      if (!(k in obj)) problems.push(`${at}.${k}: missing`);
    for (const [k, s] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {}))
      if (k in obj) problems.push(...validate(doc, s, obj[k], `${at}.${k}`));
  }
  if (Array.isArray(value) && schema.items) {
    value.slice(0, 50).forEach((v, i) => problems.push(...validate(doc, schema.items as Schema, v, `${at}[${i}]`)));
  }
  return problems;
}

/** The documented operation of a concrete path (`/api/v1/stock/15.71/movements?x` →
 *  `/stock/{code}/movements`). */
export function documentedPath(doc: OpenApiDoc, url: string): string | null {
  const path = new URL(url, 'http://x').pathname.replace(/^\/api\/v1/, '');
  for (const template of Object.keys(doc.paths)) {
    const re = new RegExp('^' + template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+') + '$');
    if (re.test(path)) return template;
  }
  return null;
}

/** Mismatches of one JSON answer with what the document promises for it ([] when it matches). */
export function checkAnswer(doc: OpenApiDoc, method: string, url: string, status: number, body: unknown): string[] {
  const template = documentedPath(doc, url);
  const error = doc.components.schemas.Error;
  // an unknown path (404) or a method a path does not serve (405) answers the documented Error
  if (!template) return status === 404 ? validate(doc, error, body) : [`${method} ${url}: no documented path`];
  const op = doc.paths[template][method.toLowerCase()];
  if (!op) return status === 405 ? validate(doc, error, body) : [`${method} ${template}: no documented operation`];
  const res = op.responses[String(status)];
  if (!res) return [`${method} ${template}: status ${status} is not documented`];
  const schema = res.content?.['application/json']?.schema;
  if (!schema) return [`${method} ${template} ${status}: no JSON schema`];
  return validate(doc, schema, body).map((p) => `${method} ${template} ${status} ${p}`);
}
