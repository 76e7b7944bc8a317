import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { operation, otherMethods } from './pipeline';
import { MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES } from './guard';
import { ORIGINAL_METHOD_HEADER } from './server-guard';
import { ApiError } from './errors';
import { dayParam, monthParam, regencyCodeParam, rowIdParam } from './params';

/** SPEC §12: the pipeline's checks, on the handlers the route files export (no server needed:
 *  an anonymous operation never reads a session). */
const ctx = { params: Promise.resolve({ code: '15.71' }) };
let calls = 0;
const echo = operation(
  {
    method: 'POST',
    path: '/echo/{code}',
    summary: 'test /echo/{code}',
    auth: 'anonymous',
    body: z.object({ n: z.number().int().min(1) }),
  },
  async ({ body, params }) => {
    calls++;
    return { n: body.n, code: params.code };
  },
);
const noBody = operation({ method: 'POST', path: '/poke', summary: 'test /poke', auth: 'anonymous' }, async () => {
  calls++;
  return { ok: true };
});
const big = operation(
  { method: 'POST', path: '/import', summary: 'test /import', auth: 'anonymous', maxBytes: MAX_IMPORT_BODY_BYTES },
  async ({ req }) => ({
    length: (await req.text()).length,
  }),
);
const list = operation(
  {
    method: 'GET',
    path: '/list',
    summary: 'test /list',
    auth: 'anonymous',
    query: z.object({ limit: z.coerce.number().int().min(1).max(50) }),
  },
  async ({ query }) => ({ limit: query.limit }),
);

const URL_ = 'http://localhost:3000/api/v1/echo/15.71';
function post(headers: Record<string, string>, body?: BodyInit, method = 'POST') {
  return new NextRequest(URL_, {
    method,
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  });
}
const JSON_H = { 'content-type': 'application/json', host: 'localhost:3000' };
async function answer(res: Response) {
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, allow: res.headers.get('allow') };
}

/** A body of `total` bytes that counts how much of it was pulled. */
function countedStream(total: number, chunk = 64 * 1024) {
  const seen = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (seen.bytes >= total) return c.close();
      const n = Math.min(chunk, total - seen.bytes);
      seen.bytes += n;
      c.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
  return { stream, seen };
}

describe('the request pipeline (SPEC §12)', () => {
  it('a same-origin JSON write passes and is validated (422 names the field, 400 for broken JSON)', async () => {
    expect(await answer(await echo(post(JSON_H, '{"n":3}'), ctx))).toMatchObject({
      status: 200,
      body: { n: 3, code: '15.71' },
    });
    const bad = await answer(await echo(post(JSON_H, '{"n":0}'), ctx));
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields)).toEqual(['n']);
    expect((await echo(post(JSON_H, '{"n":'), ctx)).status).toBe(400);
  });

  it('a write from another origin or a cross-site fetch is 403 before the handler runs', async () => {
    calls = 0;
    for (const h of [
      { origin: 'https://evil.example' } as Record<string, string>,
      { origin: 'null' },
      { origin: 'http://localhost:3001' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'cross-site' },
    ]) {
      const res = await answer(await echo(post({ ...JSON_H, ...h }, '{"n":3}'), ctx));
      expect(res.status, JSON.stringify(h)).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect(calls).toBe(0);
    expect((await echo(post({ ...JSON_H, origin: 'http://localhost:3000' }, '{"n":3}'), ctx)).status).toBe(200);
    expect((await echo(post({ ...JSON_H, 'sec-fetch-site': 'same-origin' }, '{"n":3}'), ctx)).status).toBe(200);
  });

  it('a body that is not JSON is 415; a write without a body may omit the content type', async () => {
    calls = 0;
    for (const [type, body] of [
      ['text/plain', '{"n":3}'],
      ['application/x-www-form-urlencoded', 'n=3'],
      ['multipart/form-data; boundary=x', '--x--'],
      ['text/plain', undefined],
    ] as const) {
      expect((await echo(post({ host: 'localhost:3000', 'content-type': type }, body), ctx)).status, type).toBe(415);
      expect((await noBody(post({ host: 'localhost:3000', 'content-type': type }, body), ctx)).status, type).toBe(415);
    }
    // a body without any content type
    expect((await noBody(post({ host: 'localhost:3000' }, 'n=3'), ctx)).status).toBe(415);
    expect(calls).toBe(0);
    expect((await noBody(post({ host: 'localhost:3000' }), ctx)).status).toBe(200);
    expect((await noBody(post({ host: 'localhost:3000', 'content-type': 'application/json' }), ctx)).status).toBe(200);
    expect(
      (await noBody(post({ ...JSON_H, 'content-type': 'application/json; charset=utf-8' }, '{}'), ctx)).status,
    ).toBe(200);
  });

  it('a body over 1 MB is 413 before it is read in full (10 MB for the imports)', async () => {
    const declared = await answer(
      await echo(post({ ...JSON_H, 'content-length': String(200 * 1024 * 1024) }, '{"n":3}'), ctx),
    );
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe('PAYLOAD_TOO_LARGE');

    const { stream, seen } = countedStream(200 * 1024 * 1024);
    expect((await echo(post(JSON_H, stream), ctx)).status).toBe(413);
    expect(seen.bytes).toBeLessThan(MAX_BODY_BYTES + 256 * 1024); // stopped just past 1 MB, not 200 MB

    const justUnder = `{"n":1,"pad":"${' '.repeat(MAX_BODY_BYTES - 20)}"}`;
    expect((await echo(post(JSON_H, justUnder), ctx)).status).toBe(200);
    const five = `"${' '.repeat(5 * 1024 * 1024)}"`;
    expect(await answer(await big(post(JSON_H, five), ctx))).toMatchObject({
      status: 200,
      body: { length: five.length },
    });
    const { stream: eleven } = countedStream(11 * 1024 * 1024);
    expect((await big(post(JSON_H, eleven), ctx)).status).toBe(413);
  });

  it('a bad query value is 422 naming the parameter', async () => {
    const get = (q: string) => list(new NextRequest(`http://localhost:3000/api/v1/list${q}`), ctx);
    expect(await answer(await get('?limit=5'))).toMatchObject({ status: 200, body: { limit: 5 } });
    const bad = await answer(await get('?limit=500'));
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields)).toEqual(['limit']);
  });

  it('a method a route does not serve is 405 in the error shape with Allow; OPTIONS lists them', async () => {
    const other = otherMethods({ GET: list, POST: echo });
    const put = await answer(await other.PUT(post({ 'content-type': 'text/plain' }, 'x', 'PUT')));
    expect(put).toEqual({
      status: 405,
      allow: 'GET, POST, HEAD, OPTIONS',
      body: { error: { code: 'METHOD_NOT_ALLOWED', message: expect.stringContaining('PUT') } },
    });
    const en = await answer(await other.DELETE(post({ 'accept-language': 'en' }, undefined, 'DELETE')));
    expect(en.body.error.message).toBe(
      'Method DELETE is not served at this address (served: GET, POST, HEAD, OPTIONS).',
    );
    expect(other.HEAD).toBeUndefined(); // Next answers HEAD from GET
    expect(otherMethods({ POST: echo }).HEAD).toBeDefined();
    expect(await answer(await other.OPTIONS(post({}, undefined, 'OPTIONS')))).toEqual({
      status: 204,
      allow: 'GET, POST, HEAD, OPTIONS',
      body: null,
    });
    // a TRACE, passed on as OPTIONS by the server guard
    const trace = await answer(await other.OPTIONS(post({ [ORIGINAL_METHOD_HEADER]: 'TRACE' }, undefined, 'OPTIONS')));
    expect(trace.status).toBe(405);
    expect(trace.allow).toBe('GET, POST, HEAD, OPTIONS');
    expect(trace.body.error.message).toContain('TRACE');
  });
});

describe('path parameters (SPEC §12)', () => {
  const seen: unknown[] = [];
  const day = operation(
    {
      method: 'GET',
      path: '/things/{regencyCode}/{id}/days/{day}',
      summary: 'test /things/{regencyCode}/{id}/days/{day}',
      auth: 'anonymous',
      params: z.object({
        regencyCode: regencyCodeParam,
        id: rowIdParam({ id: 'Barang', en: 'Thing' }),
        day: dayParam,
      }),
    },
    async ({ params }) => {
      seen.push(params);
      return params;
    },
  );
  const month = operation(
    {
      method: 'GET',
      path: '/months/{month}',
      summary: 'test /months/{month}',
      auth: 'anonymous',
      params: z.object({ month: monthParam }),
    },
    async ({ params }) => params,
  );
  const get = (op: typeof day, params: Record<string, string>) =>
    op(new NextRequest('http://localhost:3000/api/v1/x', { headers: { 'accept-language': 'en' } }), {
      params: Promise.resolve(params),
    }).then(answer);

  it('the handler gets the parsed values (an id as a number)', async () => {
    expect(await get(day, { regencyCode: '15.71', id: '0042', day: '2023-01-10' })).toMatchObject({
      status: 200,
      body: { regencyCode: '15.71', id: 42, day: '2023-01-10' },
    });
    expect((await get(month, { month: '2026-10' })).body).toEqual({ month: '2026-10' });
  });

  it('a malformed code or id is the 404 of the object it would name; nothing runs', async () => {
    seen.length = 0;
    for (const [regencyCode, id, what] of [
      ['15', '1', 'Regency'],
      ['15.7x', '1', 'Regency'],
      ['../15.71', '1', 'Regency'],
      ['15.71', '0', 'Thing'],
      ['15.71', '-1', 'Thing'],
      ['15.71', '1.5', 'Thing'],
      ['15.71', 'abc', 'Thing'],
      ['15.71', '2147483648', 'Thing'],
      ['15.71', '99999999999999999999', 'Thing'],
      ['x', 'y', 'Regency'], // the first parameter that does not match answers
    ]) {
      const res = await get(day, { regencyCode, id, day: '2023-01-10' });
      expect(res, `${regencyCode} ${id}`).toEqual({
        status: 404,
        allow: null,
        body: { error: { code: 'NOT_FOUND', message: `${what} not found.` } },
      });
    }
    expect(seen).toEqual([]);
  });

  it('a malformed day or month is 422 naming it', async () => {
    for (const d of ['2023-02-30', '23-01-10', '1999-12-31', '2101-01-01', '2023-01-10T00:00']) {
      const res = await get(day, { regencyCode: '15.71', id: '1', day: d });
      expect(res.status, d).toBe(422);
      expect(res.body.error.fields, d).toEqual({ day: 'Date must be YYYY-MM-DD.' });
    }
    for (const m of ['2026-13', '2026-1', '2019-12', 'latest']) {
      const res = await get(month, { month: m });
      expect(res.status, m).toBe(422);
      expect(res.body.error.fields, m).toEqual({ month: 'The month must be YYYY-MM.' });
    }
    expect(seen).toEqual([]);
  });
});

describe('an operation’s rate limit and answer headers (the public routes, SPEC §15)', () => {
  let allowed = 1;
  const limited = operation(
    {
      method: 'GET',
      path: '/open',
      summary: 'test /open',
      auth: 'anonymous',
      headers: { 'Cache-Control': 'public, max-age=60' },
      limit: async () => {
        if (allowed-- <= 0) {
          throw new ApiError('RATE_LIMITED', { id: 'Tunggu.', en: 'Wait.' }).withHeaders({
            'Retry-After': '42',
            'Cache-Control': 'no-store',
          });
        }
      },
      query: z.object({ n: z.coerce.number().int() }),
    },
    async ({ query }) => ({ n: query.n }),
  );
  const get = (q: string) => limited(new NextRequest(`http://localhost:3000/api/v1/open${q}`), ctx);

  it('answers with the declared headers until the limit refuses, before the query is judged', async () => {
    const ok = await get('?n=1');
    expect(ok.headers.get('cache-control')).toBe('public, max-age=60');
    expect(await ok.json()).toEqual({ n: 1 });
    const refused = await get('?n=oops');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('42');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect((await refused.json()).error.code).toBe('RATE_LIMITED');
  });
});
