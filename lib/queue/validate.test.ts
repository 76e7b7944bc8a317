import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { readBody, validate } from './validate';

const req = (body: string, type = 'application/json') =>
  new Request('http://x/', { method: 'POST', headers: { 'content-type': type }, body });

async function status(p: Promise<unknown>) {
  return p.then(
    () => 200,
    (e: ApiError) => e.status,
  );
}

describe('raw bodies judged after authorization', () => {
  const schema = z.object({ service: z.enum(['IKD']) });
  it('reads JSON, an empty body as {}, and anything else as not JSON (400 when validated)', async () => {
    expect(await readBody(req('{"service":"IKD"}'))).toEqual({ service: 'IKD' });
    expect(await readBody(req(''))).toEqual({});
    expect(await status(validate(schema, await readBody(req('{"service":"IKD"}'))))).toBe(200);
    expect(await status(validate(schema, await readBody(req('{broken'))))).toBe(400);
    expect(await status(validate(schema, await readBody(req('service=IKD', 'text/plain'))))).toBe(400);
    expect(await status(validate(schema, await readBody(req('{"service":"KK"}'))))).toBe(422);
  });
});
