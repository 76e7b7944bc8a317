/**
 * Crash safety (issue 8): start Pantau on DATABASE_URL (already seeded with the demo), drive a
 * burst of stock movements and ticket issues with unique Idempotency-Keys, `kill -9` the server
 * at a random moment, restart, and check after every cycle that
 *   - SQLite's `PRAGMA integrity_check` is ok,
 *   - every acknowledged (201) write is present exactly once, and no key was booked twice,
 *   - every balance equals the sum of its ledger and is never negative.
 * Usage: tsx scripts/crash-test.ts [--cycles=10] [--port=3150]   (needs `next build` first)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { openDb } from '../lib/db/index';
import { signInCookie } from './sign-in';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const cycles = Number(args.cycles ?? 10);
const port = Number(args.port ?? process.env.CRASH_PORT ?? 3150);
const base = `http://127.0.0.1:${port}`;
const url = process.env.DATABASE_URL ?? 'file:./data/pantau.db';
const root = path.resolve(__dirname, '..');
const REGENCY = '15.71';

let seed = 20230105;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function start(): ChildProcess {
  return spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
    cwd: root,
    detached: true, // own process group, so kill -9 reaches next-server too
    stdio: 'ignore',
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: 'pantau-crash-test',
      NEXTAUTH_URL: base,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
}

async function waitUp(ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

function signIn(username: string): Promise<string> {
  return signInCookie(base, username);
}

interface Ack {
  kind: 'movement' | 'ticket';
  key: string;
  id: number;
}

async function main() {
  const h0 = await openDb(url);
  const kiosk = await h0.db
    .selectFrom('users')
    .select(['office_id'])
    .where('username', '=', 'kiosk.kotajambi')
    .executeTakeFirstOrThrow();
  const officeId = Number(kiosk.office_id);
  await h0.close();
  const acked: Ack[] = [];
  const sent = new Set<string>();
  let requests = 0;

  for (let cycle = 1; cycle <= cycles; cycle++) {
    const server = start();
    try {
      await waitUp();
      const [officer, kioskCookie] = [await signIn('operator.kotajambi'), await signIn('kiosk.kotajambi')];
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
      let stop = false;
      const killAt = 300 + Math.floor(rand() * 1200);
      const worker = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const key = `crash-${process.pid}-${cycle}-${w}-${i}`;
          sent.add(key);
          requests++;
          const movement = (w + i) % 2 === 0;
          try {
            const res = movement
              ? await fetch(`${base}/api/v1/stock/${REGENCY}/movements`, {
                  method: 'POST',
                  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Cookie: officer },
                  body: JSON.stringify(
                    i % 3 === 0
                      ? { type: 'RECEIPT', quantity: 5, occurredOn: today, reference: key }
                      : { type: 'PRINTED', quantity: 2, occurredOn: today, reference: key },
                  ),
                })
              : await fetch(`${base}/api/v1/offices/${officeId}/tickets`, {
                  method: 'POST',
                  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Cookie: kioskCookie },
                  body: JSON.stringify({ service: 'KK' }),
                });
            if (res.status === 201) {
              const body = (await res.json()) as { movement?: { id: number }; id?: number };
              acked.push({
                kind: movement ? 'movement' : 'ticket',
                key,
                id: Number(movement ? body.movement?.id : body.id),
              });
            } else if (res.status >= 500) throw new Error(`HTTP ${res.status} for ${key}`);
          } catch (e) {
            if (!stop) throw e;
          }
        }
      };
      const workers = Array.from({ length: 6 }, (_, w) =>
        worker(w).catch((e) => (stop ? undefined : Promise.reject(e))),
      );
      await new Promise((r) => setTimeout(r, killAt));
      stop = true;
      process.kill(-server.pid!, 'SIGKILL');
      await Promise.all(workers);
    } catch (e) {
      try {
        process.kill(-server.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
      throw e;
    }
    await new Promise((r) => setTimeout(r, 300));
    await verify(acked, cycle, officeId);
  }
  console.log(
    `crash test: ${cycles} kill -9 cycles survived, ${requests} requests sent, ${acked.length} acknowledged writes all present exactly once (${url.startsWith('postgres') ? 'postgres' : 'sqlite'})`,
  );
}

async function verify(acked: Ack[], cycle: number, officeId: number) {
  const h = await openDb(url);
  const fail = (m: string) => {
    throw new Error(`cycle ${cycle}: ${m}`);
  };
  try {
    if (h.kind === 'sqlite') {
      const r = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(h.db);
      if (r.rows[0]?.integrity_check !== 'ok') fail(`integrity_check: ${JSON.stringify(r.rows)}`);
    }
    const refs = await h.db
      .selectFrom('stock_movements')
      .select(['reference', (eb) => eb.fn.countAll<number>().as('n')])
      .where('reference', 'like', 'crash-%')
      .groupBy('reference')
      .execute();
    const byRef = new Map(refs.map((r) => [r.reference, Number(r.n)]));
    for (const [ref, n] of byRef) if (n !== 1) fail(`${ref} booked ${n} times`);
    for (const a of acked.filter((x) => x.kind === 'movement'))
      if (byRef.get(a.key) !== 1) fail(`acknowledged movement ${a.key} missing`);
    const ticketIds = acked.filter((x) => x.kind === 'ticket').map((x) => x.id);
    for (let i = 0; i < ticketIds.length; i += 500) {
      const part = ticketIds.slice(i, i + 500);
      const found = await h.db
        .selectFrom('tickets')
        .select('id')
        .where('id', 'in', part)
        .where('office_id', '=', officeId)
        .execute();
      if (found.length !== part.length) fail(`${part.length - found.length} acknowledged tickets missing`);
    }
    // every item of the regency (SPEC §16): its balance equals the sum of its ledger
    const ledger = await h.db
      .selectFrom('stock_movements')
      .select(['item', (eb) => eb.fn.sum<number>('delta').as('sum')])
      .where('location_code', '=', REGENCY)
      .groupBy('item')
      .execute();
    const balances = await h.db
      .selectFrom('stock_balances')
      .select(['item', 'on_hand'])
      .where('location_code', '=', REGENCY)
      .execute();
    const onHand = new Map(balances.map((b) => [b.item, Number(b.on_hand)]));
    for (const l of ledger)
      if (Number(l.sum) !== (onHand.get(l.item) ?? 0))
        fail(`${l.item}: balance ${onHand.get(l.item)} ≠ ledger ${l.sum}`);
    const negative = await h.db.selectFrom('stock_balances').select('location_code').where('on_hand', '<', 0).execute();
    if (negative.length) fail(`negative balances: ${negative.map((n) => n.location_code).join(', ')}`);
  } finally {
    await h.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
