import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { operation } from './pipeline';
import { exportable } from './exportable';
import { jsonSchemaOf } from './openapi-complete';
import { errors } from './errors';
import type { Column } from '@/lib/export/table';

/** SPEC §8: a list answers JSON, or its table as a download (`format=csv|xlsx`); SPEC §12: a
 *  write's body is judged only once `authorize` let the caller through. Anonymous operations, so
 *  no session is read. */
type Row = { code: string; n: number };
const COLUMNS: Column<Row>[] = [
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (r) => r.code },
  { header: { id: 'Jumlah', en: 'Count' }, type: 'int', value: (r) => r.n },
];
const ROWS: Row[] = [
  { code: '15.71', n: 3 },
  { code: '15.72', n: 4 },
];
const reads: string[] = [];

/** A test operation at `path`. */
const at = (method: 'GET' | 'POST', path: string) => ({
  method,
  path,
  summary: `test ${path}`,
  auth: 'anonymous' as const,
});

const list = exportable(
  {
    ...at('GET', '/rows'),
    query: z.object({ limit: z.coerce.number().int().min(1).max(10).default(1) }),
  },
  {
    read: async ({ query }) => {
      reads.push(`page of ${query.limit}`);
      return { rows: ROWS.slice(0, query.limit), nextCursor: query.limit < ROWS.length ? 'next' : null };
    },
    readAll: async ({ query }) => {
      reads.push(`all (query ${JSON.stringify(query)})`);
      return { rows: ROWS.slice(0, 1), nextCursor: 'more' };
    },
    table: (data) => ({
      what: 'baris',
      region: '15 Jambi',
      day: '2026-10-31',
      columns: COLUMNS,
      rows: data.rows,
      capped: data.nextCursor !== null,
    }),
  },
);

const judged: string[] = [];
const write = operation(
  {
    ...at('POST', '/rows/{code}'),
    params: z.object({ code: z.string().regex(/^\d{2}$/) }),
    authorize: ({ params }) => {
      judged.push(`authorize ${params.code}`);
      if (params.code === '99') throw errors.forbidden();
    },
    body: z.object({ n: z.number().int() }),
  },
  async ({ body, params }) => ({ code: params.code, n: body.n }),
);

const get = (query = '', headers: Record<string, string> = {}) =>
  list(new NextRequest(`http://localhost:3000/api/v1/rows${query}`, { headers }), { params: Promise.resolve({}) });
const post = (code: string, body: string) =>
  write(
    new NextRequest(`http://localhost:3000/api/v1/rows/${code}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'localhost:3000' },
      body,
    }),
    { params: Promise.resolve({ code }) },
  );

describe('exportable lists (SPEC §8)', () => {
  it('answers what read returns as JSON by default, and read gets the query without format', async () => {
    reads.length = 0;
    const res = await get('?limit=2');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ rows: ROWS, nextCursor: null });
    expect(reads).toEqual(['page of 2']);
  });

  it('a CSV holds what readAll returns, in the caller language, named by what, region and day, with the cap note', async () => {
    reads.length = 0;
    const res = await get('?format=csv&limit=2', { 'accept-language': 'en' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="pantau-baris-15-jambi-2026-10-31.csv"');
    expect(await res.text()).toBe(
      'Code,Count\r\n15.71,3\r\n"Cut off: only the newest 10,000 matching rows. Narrow the filter for the rest."\r\n',
    );
    expect(reads).toEqual(['all (query {"limit":2})']);
  });

  it('documents format as the last query parameter, and refuses an unknown one with 422', async () => {
    expect(Object.keys((list.spec.query as z.ZodObject).shape)).toEqual(['limit', 'format']);
    expect(jsonSchemaOf((list.spec.query as z.ZodObject).shape.format)).toEqual({
      default: 'json',
      type: 'string',
      enum: ['json', 'csv', 'xlsx'],
    });
    expect((await get('?format=pdf')).status).toBe(422);
  });
});

describe('authorize (SPEC §12)', () => {
  it('runs after the path is checked and before the body is judged', async () => {
    judged.length = 0;
    expect((await post('1', '{"n":1}')).status).toBe(422);
    expect(judged).toEqual([]);
    expect((await post('99', '{"n":"x"}')).status).toBe(403);
    expect(judged).toEqual(['authorize 99']);
    expect((await post('15', '{"n":"x"}')).status).toBe(422);
    const ok = await post('15', '{"n":2}');
    expect(await ok.json()).toEqual({ code: '15', n: 2 });
    expect(judged).toEqual(['authorize 99', 'authorize 15', 'authorize 15']);
  });
});
