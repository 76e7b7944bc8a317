/**
 * `npm run bench`: starts the built app (`next start`) on the demo database, signs in, and loads
 * each dashboard endpoint with 50 concurrent clients (autocannon), printing p50/p95/p99 latency
 * and requests/s. Options: --duration=SECONDS (default 10), --connections=N (default 50),
 * DATABASE_URL to choose the database (default the SQLite demo file, seeded when empty).
 * Speed targets (SPEC §10) are reported here, never asserted in tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 50);
const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const root = path.resolve(__dirname, '..');
const bin = (n: string) => path.join(root, 'node_modules', '.bin', n);
const env = {
  ...process.env,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'pantau-bench-secret',
  NEXTAUTH_URL: base,
  NEXT_TELEMETRY_DISABLED: '1',
};

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function waitFor(url: string, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer ${url}`);
}

async function signIn(username: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = (csrfRes.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie },
    body: new URLSearchParams({ username, password: 'pantau-demo', csrfToken, json: 'true' }),
  });
  const session = (res.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.includes('session-token'));
  if (!session) throw new Error(`sign-in as ${username} failed (${res.status})`);
  return session;
}

interface Row {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}

function load(name: string, url: string, cookie: string): Promise<Row> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const inst = autocannon({ url, connections, duration, headers: { cookie } }, (err, result) => {
      if (err) return reject(err);
      latencies.sort((a, b) => a - b);
      resolve({
        name,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        rps: result.requests.average,
        errors: errors + result.errors + result.timeouts,
      });
    });
    inst.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
      latencies.push(time);
      if (status >= 400) errors++;
    });
  });
}

/** Queue reads (SPEC §6): the supervisor view of a province and a regency, one office's live queue. */
const queueTargets: [string, string][] = [
  ['GET /api/v1/queue?scope=15 (province)', '/api/v1/queue?scope=15'],
  ['GET /api/v1/queue?scope=15.71 (regency)', '/api/v1/queue?scope=15.71'],
  ['GET /api/v1/offices/1/queue (live office)', '/api/v1/offices/1/queue'],
];

/** Queue writes, in an office of their own ("Kantor Uji Beban", created once) so the demo
 *  offices' figures stay as seeded: tickets issued by 50 clients at once (tickets/s), then
 *  call-next + done by its 3 counters at once until the queue is empty. */
async function queueWrites(cookie: string): Promise<Row[]> {
  const call = async (p: string, method = 'GET', body?: unknown) => {
    const res = await fetch(`${base}${p}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, data: (await res.json()) as Record<string, unknown> & { id: number } };
  };
  const name = 'Kantor Uji Beban (bench)';
  const offices = (await call('/api/v1/offices?scope=15.71')).data as unknown as {
    id: number;
    name: string;
    counters: { id: number }[];
  }[];
  let office = offices.find((o) => o.name === name);
  if (!office) {
    const created = await call('/api/v1/offices', 'POST', {
      regencyCode: '15.71',
      name,
      kind: 'MOBILE',
      opensAt: '00:00',
      closesAt: '23:59',
    });
    const counters = [];
    for (let i = 1; i <= 3; i++)
      counters.push(
        (
          await call(`/api/v1/offices/${created.data.id}/counters`, 'POST', {
            name: `Loket ${i}`,
            services: ['IKD'],
            capacity: 1000,
          })
        ).data,
      );
    office = { id: created.data.id, name, counters: counters as { id: number }[] };
  }
  const issue = await new Promise<Row>((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const inst = autocannon(
      {
        url: `${base}/api/v1/offices/${office.id}/tickets`,
        method: 'POST',
        connections,
        duration,
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ service: 'IKD' }),
      },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        const p = (q: number) => percentile(latencies, q);
        resolve({
          name: 'POST /offices/{id}/tickets (tickets/s)',
          p50: p(50),
          p95: p(95),
          p99: p(99),
          rps: result.requests.average,
          errors: errors + result.errors + result.timeouts,
        });
      },
    );
    inst.on('response', (_c: unknown, status: number, _b: number, time: number) => {
      latencies.push(time);
      if (status !== 201) errors++;
    });
  });
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  const until = started + duration * 1000;
  await Promise.all(
    office.counters.map(async (c) => {
      while (Date.now() < until) {
        const t0 = performance.now();
        const called = await call(`/api/v1/counters/${c.id}/call-next`, 'POST');
        latencies.push(Math.round(performance.now() - t0));
        if (called.status === 404) break;
        if (called.status !== 200) {
          errors++;
          const state = (await call(`/api/v1/offices/${office.id}/queue`)).data as unknown as {
            office: { counters: { id: number; current: { id: number } | null }[] };
          };
          const cur = state.office.counters.find((x) => x.id === c.id)?.current;
          if (cur) await call(`/api/v1/tickets/${cur.id}/done`, 'POST');
          continue;
        }
        if ((await call(`/api/v1/tickets/${called.data.id}/done`, 'POST')).status !== 200) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const secs = (Date.now() - started) / 1000;
  return [
    issue,
    {
      name: 'POST /counters/{id}/call-next (3 counters, each then done)',
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      rps: latencies.length / secs,
      errors,
    },
  ];
}

/** Writes per second: POST /api/v1/stock/15.71/movements, each with its own Idempotency-Key,
 *  alternating RECEIPT and PRINTED of one card so the demo balance ends where it started. */
function loadMovements(name: string, cookie: string): Promise<Row> {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
  let n = 0;
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const inst = autocannon(
      {
        url: `${base}/api/v1/stock/15.71/movements`,
        connections,
        duration,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              n++;
              return {
                ...req,
                headers: {
                  ...req.headers,
                  cookie,
                  'content-type': 'application/json',
                  'idempotency-key': `bench-${process.pid}-${n}`,
                },
                body: JSON.stringify({
                  type: n % 2 ? 'RECEIPT' : 'PRINTED',
                  quantity: 1,
                  occurredOn: today,
                  note: 'bench',
                }),
              };
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        resolve({
          name,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          rps: result.requests.average,
          errors: errors + result.errors + result.timeouts,
        });
      },
    );
    inst.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
      latencies.push(time);
      if (status >= 400) errors++;
    });
  });
}

async function main() {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('building…');
    spawnSync(bin('next'), ['build'], { stdio: 'inherit', env, cwd: root });
  }
  spawnSync(bin('tsx'), ['scripts/seed.ts', '--if-empty'], { stdio: 'inherit', env, cwd: root });
  const server = spawn(bin('next'), ['start', '-p', String(port)], { env, cwd: root, stdio: 'ignore' });
  try {
    await waitFor(`${base}/api/v1/health`);
    const health = (await (await fetch(`${base}/api/v1/health`)).json()) as { db: string };
    const cookie = await signIn('admin');
    const targets: [string, string][] = [
      ['GET /api/v1/overview?scope=national', '/api/v1/overview?scope=national'],
      ['GET /api/v1/overview?scope=15 (province)', '/api/v1/overview?scope=15'],
      ['GET /api/v1/overview?scope=15.71 (regency)', '/api/v1/overview?scope=15.71'],
      ['GET /api/v1/overview national asOf 2023-06-30', '/api/v1/overview?scope=national&asOf=2023-06-30'],
      ['GET /overview?scope=national (page)', '/overview?scope=national'],
      ['GET /api/v1/ikd (national ranking)', '/api/v1/ikd?province=national'],
      ['GET /api/v1/ikd?province=16', '/api/v1/ikd?province=16'],
      ['GET /api/v1/ikd/16.71 (regency page data)', '/api/v1/ikd/16.71'],
      ['GET /api/v1/stock?province=15', '/api/v1/stock?province=15'],
      ['GET /api/v1/stock?province=15&asOf=2023-01-05', '/api/v1/stock?province=15&asOf=2023-01-05'],
      ['GET /api/v1/stock/15.71/movements', '/api/v1/stock/15.71/movements'],
    ];
    targets.push(...queueTargets);
    const rows: Row[] = [];
    for (const [name, p] of targets) {
      await fetch(`${base}${p}`, { headers: { cookie } }); // warm up
      rows.push(await load(name, `${base}${p}`, cookie));
    }
    rows.push(...(await queueWrites(cookie)));
    rows.push(
      await loadMovements(
        'POST /api/v1/stock/15.71/movements (Idempotency-Key each)',
        await signIn('operator.kotajambi'),
      ),
    );
    console.log(`\nPantau bench — db=${health.db}, ${connections} clients, ${duration} s per endpoint\n`);
    console.log('| endpoint | p50 ms | p95 ms | p99 ms | req/s | errors |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows)
      console.log(
        `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.errors} |`,
      );
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
