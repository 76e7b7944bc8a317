import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDb, type TestDb } from '@/tests/db';
import { OP_KOTA_JAMBI, OP_OKI } from '@/tests/actors';
import { ApiError } from './errors';
import { canonicalJson, idempotentWrite, pruneIdempotencyKeys, type IdempotentRequest } from './idempotency';

const req = (body: unknown, path = '/stock/15.71/movements'): IdempotentRequest => ({ method: 'POST', path, body });

describe.each(DB_KINDS)('idempotent writes on %s', (kind) => {
  let h: TestDb;
  beforeAll(async () => {
    h = await freshDb(kind);
  });
  afterAll(async () => h.drop());

  const write = (key: string | null, n: number, request: IdempotentRequest = req({ n: 1 })) =>
    idempotentWrite(h, OP_KOTA_JAMBI, key, request, async (tx) => {
      await tx
        .insertInto('login_attempts')
        .values({ username: `u${n}`, at: '2026-01-01T00:00:00Z', success: 1, address: null })
        .execute();
      return { status: 201, body: { n } };
    });
  const count = async () =>
    Number(
      (
        await h.db
          .selectFrom('login_attempts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: unknown) => (e instanceof ApiError ? { status: e.status, code: e.code } : e),
    );

  it('a retry with the same key returns the first answer and writes nothing; 20 concurrent retries write once', async () => {
    expect(await write('key-00000001', 1)).toEqual({ status: 201, body: { n: 1 }, replayed: false });
    expect(await write('key-00000001', 2)).toEqual({ status: 201, body: { n: 1 }, replayed: true });
    expect(await count()).toBe(1);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => write('key-00000002', 100 + i)));
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(await count()).toBe(2);
    await write(null, 3);
    await write(null, 4);
    expect(await count()).toBe(4);
  });

  it('the same key with the same body in another key order is the same request (the first answer)', async () => {
    const body = { type: 'RECEIPT', quantity: 20, occurredOn: '2026-01-02', note: { a: 1, b: [1, 2] } };
    const reordered = { note: { b: [1, 2], a: 1 }, occurredOn: '2026-01-02', quantity: 20, type: 'RECEIPT' };
    expect(canonicalJson(body)).toBe(canonicalJson(reordered));
    const before = await count();
    expect((await write('key-order-01', 10, req(body))).replayed).toBe(false);
    expect(await write('key-order-01', 11, req(reordered))).toEqual({ status: 201, body: { n: 10 }, replayed: true });
    expect(await count()).toBe(before + 1);
  });

  it('the same key with a different body, path or method is refused with 422 and writes nothing', async () => {
    expect((await write('key-differ-01', 20, req({ quantity: 20 }))).replayed).toBe(false);
    const before = await count();
    for (const other of [
      req({ quantity: 21 }),
      req({ quantity: 20, note: 'x' }),
      req({ quantity: 20 }, '/stock/15.72/movements'),
      { method: 'PUT', path: '/stock/15.71/movements', body: { quantity: 20 } },
    ]) {
      expect(await refusal(write('key-differ-01', 21, other))).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    }
    expect(await count()).toBe(before);
    // the key still answers its own request
    expect(await write('key-differ-01', 22, req({ quantity: 20 }))).toEqual({
      status: 201,
      body: { n: 20 },
      replayed: true,
    });
    // another user's key of the same name is theirs
    const theirs = await idempotentWrite(h, OP_OKI, 'key-differ-01', req({ quantity: 99 }), async () => ({
      status: 201,
      body: { n: 99 },
    }));
    expect(theirs).toEqual({ status: 201, body: { n: 99 }, replayed: false });
  });

  it('keys older than 7 days are deleted, younger ones kept', async () => {
    const now = new Date('2026-03-10T12:00:00Z');
    await h.db
      .insertInto('idempotency_keys')
      .values(
        [8, 6].map((days) => ({
          actor_id: 9,
          key: `old-${days}-days`,
          route: 'POST /x',
          fingerprint: null,
          status: 201,
          response_json: '{}',
          created_at: new Date(now.getTime() - days * 86_400_000).toISOString(),
        })),
      )
      .execute();
    await pruneIdempotencyKeys(h.db, 7, now);
    const left = await h.db.selectFrom('idempotency_keys').select('key').where('actor_id', '=', 9).execute();
    expect(left.map((r) => r.key)).toEqual(['old-6-days']);
  });
});
