import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDb, type TestDb } from '@/tests/db';
import type { Actor } from '@/lib/auth/permissions';
import { idempotentWrite } from './idempotency';

const actor: Actor = {
  id: 7,
  username: 'op',
  displayName: 'Op',
  role: 'REGENCY_OFFICER',
  scopeCode: '15.71',
  officeId: null,
  counterId: null,
  mustChangePassword: false,
};

describe.each(DB_KINDS)('idempotent writes on %s', (kind) => {
  let h: TestDb;
  beforeAll(async () => {
    h = await freshDb(kind);
  });
  afterAll(async () => h.drop());

  const write = (key: string | null, n: number) =>
    idempotentWrite(h, actor, key, 'test', async (tx) => {
      await tx
        .insertInto('login_attempts')
        .values({ username: `u${n}`, at: '2026-01-01T00:00:00Z', success: 1 })
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
});
