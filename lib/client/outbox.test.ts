import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Outbox, backoffMs, type NewEntry, type OutboxEntry } from './outbox';

/** The outbox's rules with a scripted server: the order entries leave in, what each answer
 *  does to an entry, and whose entries a session may send. (The browser tests drive the same
 *  code against the real server: e2e/field.spec.ts.) */

type Answer = number | 'network';

function harness(script: Answer[]) {
  const sent: { id: string; path: string; body: unknown }[] = [];
  let clock = 1_000_000;
  const box = new Outbox({
    dbName: `t-${Math.random()}`,
    now: () => clock,
    locks: false,
    online: () => false,
    sender: async (e: OutboxEntry) => {
      const a = script.shift() ?? 201;
      if (a === 'network') throw new TypeError('Failed to fetch');
      sent.push({ id: e.id, path: e.path, body: e.body });
      const body =
        a < 300
          ? { ok: true, n: (e.body as { n: number }).n }
          : { error: { code: 'CONFLICT', message: `Ditolak ${a}`, fields: {} } };
      return new Response(JSON.stringify(body), { status: a, headers: { 'Content-Type': 'application/json' } });
    },
  });
  return { box, sent, advance: (ms: number) => (clock += ms) };
}

const entry = (n: number): NewEntry => ({
  kind: 'stock-movement',
  method: 'POST',
  path: '/stock/15.71/movements',
  body: { n },
  lang: 'id',
  summary: { id: `Pemakaian ${n}`, en: `Printed ${n}` },
  form: { quantity: String(n) },
  editHref: '/stok',
});

describe('outbox', () => {
  it('sends the entries of one user in the order they were made, and forgets each one booked', async () => {
    const { box, sent } = harness([201, 201, 201]);
    await box.setUser(7);
    box.kick = async () => undefined; // hold the sending while three are made
    const made = [];
    for (const n of [1, 2, 3]) made.push(await box.add(entry(n)));
    expect(box.getSnapshot().entries.map((e) => e.summary.id)).toEqual(['Pemakaian 1', 'Pemakaian 2', 'Pemakaian 3']);
    delete (box as { kick?: unknown }).kick;
    await box.kick();
    expect(sent.map((s) => (s.body as { n: number }).n)).toEqual([1, 2, 3]);
    expect(sent.map((s) => s.id)).toEqual(made.map((m) => m.id)); // each under its own Idempotency-Key
    expect(box.getSnapshot().entries).toEqual([]);
  });

  it('keeps an entry without an answer, retries it with the same key, and holds the later ones behind it', async () => {
    const { box, sent, advance } = harness(['network', 201, 201]);
    await box.setUser(7);
    const first = await box.add(entry(1));
    await box.kick();
    const waiting = box.getSnapshot().entries;
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ state: 'pending', attempts: 1 });
    await box.add(entry(2));
    await box.kick();
    expect(sent).toEqual([]); // 2 does not overtake 1 while 1 waits for its retry
    advance(backoffMs(1));
    await box.kick();
    expect(sent.map((s) => [s.id === first.id, (s.body as { n: number }).n])).toEqual([
      [true, 1],
      [false, 2],
    ]);
    expect(box.getSnapshot().entries).toEqual([]);
  });

  it('backs off 2 s, 4 s, 8 s … never more than a minute apart', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map(backoffMs)).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('a 5xx or 429 is retried; a 409 is refused with the server message and the next entry still goes', async () => {
    const { box, sent, advance } = harness([503, 409, 201]);
    await box.setUser(7);
    await box.add(entry(1));
    await box.kick();
    expect(box.getSnapshot().entries[0]).toMatchObject({ state: 'pending', attempts: 1 });
    await box.add(entry(2));
    advance(60_000);
    await box.kick();
    const left = box.getSnapshot().entries;
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({
      state: 'refused',
      summary: { id: 'Pemakaian 1' },
      error: { status: 409, message: 'Ditolak 409' },
    });
    expect(sent.map((s) => (s.body as { n: number }).n)).toEqual([1, 1, 2]);
  });

  it('a refused entry stays until it is discarded or resent under a new key', async () => {
    const { box, sent } = harness([409, 201]);
    await box.setUser(7);
    const e = await box.add(entry(5));
    await box.kick();
    expect(box.getSnapshot().entries[0].state).toBe('refused');
    await box.resend(e.id);
    await box.kick();
    expect(sent).toHaveLength(2);
    expect(sent[1].id).not.toBe(e.id);
    expect(box.getSnapshot().entries).toEqual([]);
    const r = await box.add(entry(6));
    await box.kick();
    expect(await box.get(r.id)).toBeUndefined(); // booked
    const refused = harness([422]);
    await refused.box.setUser(7);
    const bad = await refused.box.add(entry(9));
    await refused.box.kick();
    expect(refused.box.getSnapshot().entries[0].error?.status).toBe(422);
    await refused.box.discard(bad.id);
    expect(refused.box.getSnapshot().entries).toEqual([]);
  });

  it('a 401 keeps the entry for the same user; another user on the device never sends it', async () => {
    const { box, sent } = harness([401, 201]);
    await box.setUser(7);
    await box.add(entry(1));
    await box.kick();
    expect(box.getSnapshot().entries[0].state).toBe('auth');
    await box.setUser(8); // someone else signs in on this phone
    await box.kick();
    expect(sent.map((s) => (s.body as { n: number }).n)).toEqual([1]); // only the 401 attempt
    expect(box.getSnapshot()).toMatchObject({ entries: [], othersCount: 1 });
    await box.setUser(7); // the owner signs in again
    await box.kick();
    expect(sent.map((s) => (s.body as { n: number }).n)).toEqual([1, 1]);
    expect(box.getSnapshot()).toMatchObject({ entries: [], othersCount: 0 });
  });

  it('tells the form what became of its entry at the first try', async () => {
    const { box } = harness(['network', 201]);
    await box.setUser(7);
    box.kick = async () => undefined;
    const e = await box.add(entry(1));
    const o = box.outcome(e.id);
    delete (box as { kick?: unknown }).kick;
    void box.kick();
    expect(await o).toEqual({ state: 'waiting', reason: 'offline' });
    await box.retryNow();
    expect(await box.get(e.id)).toBeUndefined(); // booked on the retry
  });
});
