/**
 * `npm run bench`: starts the built app (`next start`) on a benchmark database, signs in, and loads
 * each dashboard endpoint with 50 concurrent clients (autocannon), printing p50/p95/p99 latency
 * and requests/s; then write throughput, the dashboard's LCP and TBT in headless Chromium
 * (median of 5) and the first-load JS of the dashboard pages (gzip). Speed targets (SPEC §10)
 * are reported here, never asserted in tests.
 *
 * Options:
 *   --db=sqlite|postgres        database (default: sqlite, or what DATABASE_URL says)
 *   --dataset=demo|national     the demo (default) or the national dataset (npm run seed -- --scale national)
 *   --history                   also compare the overview at 1× and 10× history (national only; builds
 *                               the 10× copy with `npm run seed -- --scale national --history 10` when missing)
 *   --duration=SECONDS (10)  --history-duration=SECONDS (5)  --connections=N (50)  --runs=N (5, browser runs)  --no-browser  --no-writes
 *   --only-history              just the 1× / 10× comparison
 *   --only-pages                just each role's pages (home, /stok, /ikd, /antrean) beside /api/v1/health
 *   --live-rate=N (10)          tickets a second issued while the live reads run (skipped with --no-writes)
 * With the browser rows: an officer's overview, first and repeat visit, on an emulated 400 ms / 50 KB/s
 * link (scripts/bench-field.ts).
 *   --live-streams=N (2000) --ticket-rate=N (20) --live-seconds=S (20)  the event-stream section
 *                               (scripts/bench-live.ts; --no-live skips it, --only-live runs only it)
 * Databases: SQLite files data/pantau.db, data/pantau-national.db, data/pantau-national-10x.db;
 * PostgreSQL databases pantau_demo, pantau_national, pantau_national_10x on BENCH_PG_URL
 * (default postgres://postgres@127.0.0.1:5432/). DATABASE_URL overrides the 1× database.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Client } from 'pg';
import { signInCookie } from './sign-in';
import { load as loadAt, percentile, type LoadOpts, type Row } from './bench-load';
import { fieldVisits } from './bench-field';
import { liveSection } from './bench-live';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 50);
const browserRuns = Number(args.runs ?? 5);
const historyDuration = Number(args['history-duration'] ?? 5);
const dbKind: 'sqlite' | 'postgres' =
  args.db === 'postgres' || (!args.db && /^postgres/.test(process.env.DATABASE_URL ?? '')) ? 'postgres' : 'sqlite';
const dataset: 'demo' | 'national' = args.dataset === 'national' ? 'national' : 'demo';
const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const root = path.resolve(__dirname, '..');
const bin = (n: string) => path.join(root, 'node_modules', '.bin', n);
const pgBase = (process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/').replace(/\/?$/, '/');

function urlFor(ds: 'demo' | 'national' | 'national10x'): string {
  if (ds !== 'national10x' && process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const name = { demo: 'pantau', national: 'pantau-national', national10x: 'pantau-national-10x' }[ds];
  if (dbKind === 'sqlite') return `file:./data/${name}.db`;
  return `${pgBase}${name.replaceAll('-', '_').replace(/^pantau$/, 'pantau_demo')}`;
}

const env = (databaseUrl: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'pantau-bench-secret',
  NEXTAUTH_URL: base,
  NEXT_TELEMETRY_DISABLED: '1',
  ...extra,
});

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

async function waitFor(url: string, ms = 120_000) {
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

async function ensurePgDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  const admin = new Client({ connectionString: `${pgBase}postgres` });
  await admin.connect();
  try {
    const r = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (r.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

function seed(url: string, extra: string[]) {
  const r = spawnSync(bin('tsx'), ['scripts/seed.ts', '--if-empty', ...extra], {
    stdio: 'inherit',
    env: env(url),
    cwd: root,
  });
  if (r.status !== 0) throw new Error(`seeding ${url} failed`);
}

async function prepare(ds: 'demo' | 'national' | 'national10x'): Promise<string> {
  const url = urlFor(ds);
  if (dbKind === 'postgres') await ensurePgDatabase(url);
  if (ds === 'demo') seed(url, []);
  else if (ds === 'national') seed(url, ['--scale', 'national']);
  else {
    await prepare('national');
    seed(url, ['--scale', 'national', '--history', '10', '--from', urlFor('national')]);
  }
  return url;
}

function startServer(url: string, extra: Record<string, string> = {}, on = port): ChildProcess {
  return spawn(bin('next'), ['start', '-p', String(on)], {
    env: { ...env(url, extra), NEXTAUTH_URL: `http://127.0.0.1:${on}` },
    cwd: root,
    stdio: 'ignore',
  });
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
}

function signIn(username: string): Promise<string> {
  return signInCookie(base, username);
}

/** One load at the run's clients and duration (scripts/bench-load.ts). */
function load(name: string, url: string, cookie: string, opts: LoadOpts = {}, dur = duration): Promise<Row> {
  return loadAt(name, url, cookie, { connections, ...opts }, dur);
}

/** Waits until the server has worked off the requests a load left behind (autocannon has gone,
 *  but Next still computes what it had accepted: with the cache off that is seconds of work),
 *  so the next endpoint is measured on its own: until /api/v1/health answers within 100 ms
 *  twice in a row, for at most 30 s. */
async function settle(at = base) {
  const until = Date.now() + 30_000;
  let quick = 0;
  while (quick < 2 && Date.now() < until) {
    const t = performance.now();
    try {
      await (await fetch(`${at}/api/v1/health`, { signal: AbortSignal.timeout(10_000) })).arrayBuffer();
    } catch {
      /* busy */
    }
    quick = performance.now() - t < 100 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The row of an endpoint that was not measured, and why. */
function unmeasured(name: string, errors: number, note: string): Row {
  return { name, p50: NaN, p95: NaN, p99: NaN, rps: NaN, errors, note };
}

/** A route that this build does not have answers Next's HTML 404. */
async function exists(
  p: string,
  cookie: string,
  init: RequestInit = {},
  at = base,
): Promise<{ ok: boolean; status: number }> {
  const res = await fetch(`${at}${p}`, {
    ...init,
    headers: { cookie, ...(init.headers ?? {}) },
    signal: AbortSignal.timeout(120_000),
  });
  const type = res.headers.get('content-type') ?? '';
  await res.arrayBuffer();
  return { ok: !(res.status === 404 && type.includes('text/html')) && res.status !== 405, status: res.status };
}

const READS: [string, string][] = [
  ['GET /api/v1/health (baseline)', '/api/v1/health'],
  ['GET /api/v1/overview?scope=national', '/api/v1/overview?scope=national'],
  ['GET /api/v1/overview?scope=15 (province)', '/api/v1/overview?scope=15'],
  ['GET /api/v1/overview?scope=15.71 (regency)', '/api/v1/overview?scope=15.71'],
  ['GET /api/v1/overview national asOf 2023-06-30', '/api/v1/overview?scope=national&asOf=2023-06-30'],
  ['GET /overview?scope=national (page)', '/overview?scope=national'],
  ['GET /api/v1/stock?province=15', '/api/v1/stock?province=15'],
  ['GET /api/v1/stock/15.71/movements (page 1)', '/api/v1/stock/15.71/movements'],
  ['GET /api/v1/ikd (national ranking)', '/api/v1/ikd?province=national'],
  ['GET /api/v1/ikd?province=16', '/api/v1/ikd?province=16'],
  ['GET /api/v1/ikd/16.71 (regency page data)', '/api/v1/ikd/16.71'],
  ['GET /api/v1/queue?scope=national', '/api/v1/queue?scope=national'],
  ['GET /api/v1/queue?scope=15.71', '/api/v1/queue?scope=15.71'],
  ['GET /api/v1/scorecard national 2023-01-H1', '/api/v1/scorecard?scope=national&period=2023-01-H1'],
  ['GET /api/v1/scorecard?scope=15 2023-01-H1', '/api/v1/scorecard?scope=15&period=2023-01-H1'],
  ['GET /api/v1/alerts?scope=national', '/api/v1/alerts?scope=national'],
  ['GET /api/v1/alerts?scope=15 (province)', '/api/v1/alerts?scope=15'],
];

/** SPEC §15: the public page is what a crowd hits, so its reads run at `--public-clients`
 *  (default 200), signed out, each request from its own address, beside /api/v1/health in the
 *  same run for scale. */
const PUBLIC_READS: [string, string][] = [
  ['GET /api/v1/health', '/api/v1/health'],
  ['GET /api/v1/public/summary (38 provinces)', '/api/v1/public/summary'],
  ['GET /api/v1/public/summary?province=15', '/api/v1/public/summary?province=15'],
  ['GET /api/v1/public/offices?regency=15.71', '/api/v1/public/offices?regency=15.71'],
  ['GET /publik?province=15&regency=15.71 (page)', '/publik?province=15&regency=15.71'],
];
const publicClients = Number(args['public-clients'] ?? 200);

async function publicRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, p] of PUBLIC_READS) {
    try {
      const probe = await exists(p, '');
      if (!probe.ok) {
        rows.push(unmeasured(name, 0, 'not in this build'));
        continue;
      }
      rows.push(
        await load(`${name} @${publicClients}`, `${base}${p}`, '', { connections: publicClients, crowd: true }),
      );
      await settle();
    } catch (e) {
      rows.push(unmeasured(name, 1, `failed: ${String(e)}`));
    }
    console.error(`  ${name}: p95 ${fmt(rows[rows.length - 1].p95)} ms`);
  }
  return rows;
}
/** Issue 16: the pages each role opens all day, as that role, at `connections` clients, beside
 *  /api/v1/health measured in the same run (target: each at least a third of its req/s). */
const ROLE_PAGES: [string, string[]][] = [
  ['operator.kotajambi', ['/overview?scope=15.71', '/stok', '/ikd', '/antrean']],
  ['kadis.jambi', ['/overview?scope=15', '/stok', '/ikd', '/antrean']],
  ['admin', ['/overview?scope=national', '/stok', '/ikd', '/antrean']],
];

async function rolePageLines(): Promise<string[]> {
  const rows: Row[] = [await readRow('GET /api/v1/health (baseline)', '/api/v1/health', '', duration)];
  for (const [user, pages] of ROLE_PAGES) {
    const cookie = await signIn(user);
    for (const p of pages) {
      rows.push(await readRow(`GET ${p} as ${user}`, p, cookie, duration));
      console.error(`  ${p} as ${user}: ${rows[rows.length - 1].rps.toFixed(0)}/s`);
    }
  }
  const health = rows[0].rps;
  const [title, , rule, ...body] = tableLines(
    `Role pages (issue 16): ${connections} clients, ${duration} s each, the signed-in page's HTML; share = its req/s ÷ /api/v1/health's`,
    rows,
  );
  return [
    title,
    '| endpoint | p50 ms | p95 ms | p99 ms | req/s | errors | share of health |',
    `${rule}---:|`,
    ...body.map((l, i) => `${l} ${Number.isFinite(rows[i].rps) ? (rows[i].rps / health).toFixed(2) : '–'} |`),
  ];
}

/** 1× vs 10×: every read whose cost could grow with the stock or IKD history (not the queue:
 *  its reads are today's tickets, which the 10× copy does not repeat). */
const HISTORY_READS = READS.filter(([, p]) => /^\/api\/v1\/(overview|ikd|stock|scorecard)/.test(p));
const DASHBOARD_PAGES = ['/overview?scope=national', '/ikd', '/stok', '/antrean', '/laporan'];

/** Reads measured again while tickets are being issued (`--live-rate`, default 10 a second): at
 *  national scale tickets are issued and called all day, and each changes the queue's data
 *  version; the stock and IKD answers must stay cached through them (migration 0009). */
const LIVE_READS = READS.filter(([, p]) =>
  [
    '/api/v1/overview?scope=national',
    '/api/v1/overview?scope=15',
    '/api/v1/stock?province=15',
    '/api/v1/ikd?province=national',
    '/api/v1/queue?scope=national',
    '/api/v1/alerts?scope=national',
  ].includes(p),
);
const liveRate = Number(args['live-rate'] ?? 10);

async function liveRows(cookie: string): Promise<{ rows: Row[]; issued: number; failed: number; seconds: number }> {
  const kiosk = await signIn('kiosk.kotajambi');
  let issued = 0;
  let failed = 0;
  let stop = false;
  const started = performance.now();
  const writer = (async () => {
    while (!stop) {
      const t = performance.now();
      try {
        const res = await fetch(`${base}/api/v1/offices/1/tickets`, {
          method: 'POST',
          headers: { cookie: kiosk, 'content-type': 'application/json' },
          body: JSON.stringify({ service: 'IKD' }),
          signal: AbortSignal.timeout(30_000),
        });
        await res.arrayBuffer();
        if (res.ok) issued++;
        else failed++;
      } catch {
        failed++;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 / liveRate - (performance.now() - t))));
    }
  })();
  const rows = await readRows(
    LIVE_READS.map(([name, p]) => [`${name} + ${liveRate} tickets/s`, p]),
    cookie,
  );
  stop = true;
  await writer;
  return { rows, issued, failed, seconds: (performance.now() - started) / 1000 };
}

async function readRows(targets: [string, string][], cookie: string, dur = duration): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, p] of targets) {
    rows.push(await readRow(name, p, cookie, dur));
    console.error(`  ${name}: p95 ${fmt(rows[rows.length - 1].p95)} ms`);
  }
  return rows;
}

/** One read endpoint: a warm-up request (which also tells whether this build has the route),
 *  the load, then a pause until the server has worked off what the load left behind. */
async function readRow(name: string, p: string, cookie: string, dur: number, at = base): Promise<Row> {
  try {
    const probe = await exists(p, cookie, {}, at);
    if (!probe.ok) return unmeasured(name, 0, 'not in this build');
    const row = await load(name, `${at}${p}`, cookie, {}, dur);
    await settle(at);
    return row;
  } catch (e) {
    return unmeasured(name, 1, `failed: ${String(e)}`);
  }
}

/** A JSON POST measured under load, once a first one has been accepted (2xx); else the row under
 *  `route` says what answered. `okStatus` is a refusal the load may meet and does not count. */
async function writeRow(name: string, route: string, p: string, cookie: string, body: string, okStatus?: number) {
  const first = await exists(p, cookie, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  if (first.ok && first.status < 300) return load(name, `${base}${p}`, cookie, { method: 'POST', body, okStatus });
  return unmeasured(route, 0, first.ok ? `answered ${first.status}` : 'not in this build');
}

async function writeRows(): Promise<Row[]> {
  const rows: Row[] = [];
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10); // WIB
  // ticket issuing at the Kota Jambi office (id 1), as its kiosk
  const kiosk = await signIn('kiosk.kotajambi');
  rows.push(
    await writeRow(
      'POST /api/v1/offices/1/tickets (issue a ticket)',
      'POST /api/v1/offices/{id}/tickets',
      '/api/v1/offices/1/tickets',
      kiosk,
      JSON.stringify({ service: 'IKD' }),
    ),
  );
  await settle();
  // stock: a RECEIPT-free, always valid movement: one printed blank at Kota Jambi
  const op = await signIn('operator.kotajambi');
  // Earlier runs print the office's blanks away: a stock count (ADJUSTMENT) first puts
  // 1,000,000 on hand, so the run measures writes rather than 409s.
  await exists('/api/v1/stock/15.71/movements', op, {
    method: 'POST',
    body: JSON.stringify({
      type: 'ADJUSTMENT',
      countedOnHand: 1_000_000,
      occurredOn: today,
      note: 'Bench: stok opname sebelum uji tulis',
    }),
    headers: { 'content-type': 'application/json' },
  });
  rows.push(
    await writeRow(
      'POST /api/v1/stock/15.71/movements (PRINTED 1)',
      'POST /api/v1/stock/{code}/movements',
      '/api/v1/stock/15.71/movements',
      op,
      JSON.stringify({ type: 'PRINTED', quantity: 1, occurredOn: today }),
      409, // the stock can run out during the run
    ),
  );
  return rows;
}

/** LCP and TBT of a page in headless Debian Chromium, median of `runs` cold loads. */
async function browserMetrics(p: string, cookie: string, runs: number) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const lcps: number[] = [];
  const tbts: number[] = [];
  try {
    const [name, value] = cookie.split('=');
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
      await context.addCookies([{ name, value: value, domain: '127.0.0.1', path: '/' }]);
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __lcp: number; __long: { s: number; d: number }[] };
        w.__lcp = 0;
        w.__long = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__lcp = e.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__long.push({ s: e.startTime, d: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${base}${p}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const r = await page.evaluate(() => {
        const w = window as unknown as { __lcp: number; __long: { s: number; d: number }[] };
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
        const tbt = w.__long.filter((t) => t.s >= fcp).reduce((s, t) => s + Math.max(0, t.d - 50), 0);
        return { lcp: w.__lcp, tbt };
      });
      lcps.push(r.lcp);
      tbts.push(r.tbt);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { lcp: median(lcps), tbt: median(tbts), lcps, tbts };
}

/** The JavaScript a first visit to `p` downloads: every script of the server-rendered page, gzip. */
async function firstLoadJs(p: string, cookie: string): Promise<number | null> {
  const res = await fetch(`${base}${p}`, { headers: { cookie } });
  if (res.status === 404) return null;
  const html = await res.text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')))];
  let total = 0;
  for (const s of srcs) {
    const body = Buffer.from(await (await fetch(new URL(s, base))).arrayBuffer());
    total += zlib.gzipSync(body, { level: 9 }).length;
  }
  return total;
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');

function tableLines(title: string, rows: Row[]): string[] {
  const lines = [
    `\n${title}\n`,
    '| endpoint | p50 ms | p95 ms | p99 ms | req/s | errors |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    if (r.note) lines.push(`| ${r.name} | – | – | – | – | ${r.note} |`);
    else
      lines.push(
        `| ${r.name} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${Number.isFinite(r.rps) ? r.rps.toFixed(0) : '–'} | ${r.errors} |`,
      );
  }
  return lines;
}

async function counts(url: string): Promise<string> {
  const sqlText =
    'SELECT (SELECT count(*) FROM offices) AS o, (SELECT count(*) FROM counters) AS c, (SELECT count(*) FROM tickets) AS t, (SELECT count(*) FROM ikd_daily) AS i, (SELECT count(*) FROM stock_movements) AS m, (SELECT min(day) FROM ikd_daily) AS d';
  let r: Record<string, unknown>;
  if (dbKind === 'postgres') {
    const c = new Client({ connectionString: url });
    await c.connect();
    r = (await c.query(sqlText)).rows[0];
    await c.end();
  } else {
    const { default: SQLite } = await import('better-sqlite3');
    const file = path.resolve(url.slice('file:'.length));
    const c = new SQLite(file, { readonly: true });
    r = c.prepare(sqlText).get() as Record<string, unknown>;
    c.close();
  }
  const n = (x: unknown) => Number(x).toLocaleString('en-US');
  return `${n(r.o)} offices, ${n(r.c)} counters, ${n(r.t)} tickets, ${n(r.m)} stock movements, ${n(r.i)} IKD day rows since ${String(r.d)}`;
}

async function withServer<T>(
  url: string,
  extra: Record<string, string>,
  fn: (server: ChildProcess) => Promise<T>,
): Promise<T> {
  // a server already on the port would answer instead of ours (and its RSS would be nobody's)
  const taken = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`${base} already answers: stop what listens there, or set BENCH_PORT`);
  const server = startServer(url, extra);
  try {
    await waitFor(`${base}/api/v1/health`);
    return await fn(server);
  } finally {
    await stopServer(server);
  }
}

/** The history reads on the 1× and the 10× database, served side by side (ports BENCH_PORT and
 *  BENCH_PORT + 1) and loaded one after the other per endpoint, the order alternating, so that a
 *  drift in the machine's speed falls on both sides of a ratio. */
async function historyComparison(url1: string, url10: string, cache: 'on' | 'off'): Promise<[Row[], Row[]]> {
  const base10 = `http://127.0.0.1:${port + 1}`;
  const extra = { PANTAU_OVERVIEW_CACHE: cache };
  const s1 = startServer(url1, extra);
  const s10 = startServer(url10, extra, port + 1);
  try {
    await waitFor(`${base}/api/v1/health`);
    await waitFor(`${base10}/api/v1/health`);
    const sides = [
      { at: base, cookie: await signInCookie(base, 'admin'), rows: [] as Row[] },
      { at: base10, cookie: await signInCookie(base10, 'admin'), rows: [] as Row[] },
    ];
    for (const [i, [name, p]] of HISTORY_READS.entries()) {
      for (const side of i % 2 ? [sides[1], sides[0]] : sides) {
        side.rows[i] = await readRow(name, p, side.cookie, historyDuration, side.at);
      }
      console.error(
        `  ${name} (cache ${cache}): p95 1× ${fmt(sides[0].rows[i].p95)} ms, 10× ${fmt(sides[1].rows[i].p95)} ms`,
      );
    }
    return [sides[0].rows, sides[1].rows];
  } finally {
    await Promise.all([stopServer(s1), stopServer(s10)]);
  }
}

async function quotaOfOffice1(cookie: string, ikd: number | null) {
  const res = await fetch(`${base}/api/v1/offices/1`, {
    method: 'PATCH',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ quotas: { IKD: ikd } }),
  });
  await res.arrayBuffer();
}

/** The live section (scripts/bench-live.ts), beside a /api/v1/health row measured just before. */
async function liveRun(server: ChildProcess): Promise<string[]> {
  const cookie = await signIn('admin');
  await settle();
  const health = await load('GET /api/v1/health', `${base}/api/v1/health`, cookie, {}, 10);
  const lines = await liveSection({
    base,
    cookie,
    serverPid: server.pid ?? 0,
    streams: Number(args['live-streams'] ?? 2000),
    rate: Number(args['ticket-rate'] ?? 20),
    seconds: Number(args['live-seconds'] ?? 20),
    dbKind,
  });
  return [
    ...lines,
    `| beside it: GET /api/v1/health (50 clients, 10 s) | ${health.rps.toFixed(0)}/s, p95 ${fmt(health.p95)} ms |`,
  ];
}

async function main() {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('building…');
    spawnSync(bin('next'), ['build'], { stdio: 'inherit', env: env(urlFor('demo')), cwd: root });
  }
  const started = new Date().toISOString();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} at start`;
  const url = await prepare(dataset);
  const out: string[] = [];
  const log = (s = '') => {
    console.log(s);
    out.push(s);
  };

  if (args['only-pages'] === 'true') {
    await withServer(url, {}, async () => {
      for (const line of await rolePageLines()) log(line);
    });
  } else if (args['only-live'] === 'true') {
    await withServer(url, {}, async (server) => {
      for (const line of await liveRun(server)) log(line);
    });
  } else if (args['only-history'] !== 'true') {
    await withServer(url, {}, async (server) => {
      const cookie = await signIn('admin');
      // the Kota Jambi kiosk issues far more than a day's quota here (SPEC §13): lift it, put it back after
      await quotaOfOffice1(cookie, 100_000);
      const reads = await readRows(READS, cookie);
      const publicReads = args['no-public'] === 'true' ? [] : await publicRows();
      const live = args['no-writes'] === 'true' ? null : await liveRows(cookie);
      const writes = args['no-writes'] === 'true' ? [] : await writeRows();
      const js: [string, number | null][] = [];
      for (const p of DASHBOARD_PAGES) js.push([p, await firstLoadJs(p, cookie)]);
      const browser =
        args['no-browser'] === 'true' ? null : await browserMetrics('/overview?scope=national', cookie, browserRuns);
      const field = args['no-browser'] === 'true' ? null : await fieldVisits(base, await signIn('operator.kotajambi'));
      const title = `Pantau bench — db=${dbKind}, dataset=${dataset} (${await counts(url)}), ${connections} clients, ${duration} s per endpoint, ${started}; ${machine}`;
      for (const line of tableLines(title, [...reads, ...(live?.rows ?? []), ...writes])) log(line);
      if (publicReads.length) {
        log();
        for (const line of tableLines(
          `Public (SPEC §15): ${publicClients} clients, signed out, each request from its own address (X-Forwarded-For)`,
          publicReads,
        ))
          log(line);
      }
      log();
      if (live)
        log(
          `"+ ${liveRate} tickets/s": the same reads while the Kota Jambi kiosk issues tickets (${live.issued} issued, ${live.failed} failed in ${live.seconds.toFixed(0)} s: ${(live.issued / live.seconds).toFixed(1)}/s), each a new queue data version.`,
        );
      if (browser)
        log(
          `Dashboard /overview?scope=national in headless Chromium (median of ${browserRuns}): LCP ${browser.lcp.toFixed(0)} ms, TBT ${browser.tbt.toFixed(0)} ms (runs: LCP ${browser.lcps.map((x) => x.toFixed(0)).join(', ')}; TBT ${browser.tbts.map((x) => x.toFixed(0)).join(', ')})`,
        );
      if (field)
        log(
          `Officer's overview on a 400 ms / 50 KB/s link (operator.kotajambi, 360 px, bytes on the wire): ${field.visits
            .map((v) => `${v.name} ${v.kb.toFixed(1)} KB in ${(v.loadMs / 1000).toFixed(1)} s to load`)
            .join(
              '; ',
            )}; then ${field.warmKb.toFixed(1)} KB in the background to keep /overview, /stok and /ikd for use offline.`,
        );
      log(
        `First-load JS (gzip): ${js.map(([p, b]) => `${p} ${b === null ? 'not in this build' : `${(b / 1024).toFixed(1)} KB`}`).join('; ')}`,
      );
      await quotaOfOffice1(cookie, null);
      if (args['no-live'] !== 'true') {
        log();
        for (const line of await liveRun(server)) log(line);
      }
    });
  }

  if (args.history === 'true' || args['only-history'] === 'true') {
    if (dataset !== 'national') throw new Error('--history needs --dataset=national');
    const url10 = await prepare('national10x');
    const results: Record<string, Row[]> = {};
    for (const cache of ['on', 'off'] as const) {
      const [a, b] = await historyComparison(url, url10, cache);
      results[`1×|${cache}`] = a;
      results[`10×|${cache}`] = b;
    }
    log(`1×: ${await counts(url)}`);
    log(`10×: ${await counts(url10)}`);
    log(
      `\nHistory 1× vs 10× (db=${dbKind}, ${connections} clients, ${historyDuration} s per endpoint; p95 ms; cache = lib/overview/cache.ts, off = PANTAU_OVERVIEW_CACHE=off)\n`,
    );
    log('| endpoint | cache | 1× p95 | 10× p95 | ratio | 1× req/s | 10× req/s |');
    log('|---|---|---:|---:|---:|---:|---:|');
    for (const cache of ['on', 'off'] as const) {
      const a = results[`1×|${cache}`];
      const b = results[`10×|${cache}`];
      a.forEach((r, i) =>
        log(
          `| ${r.name} | ${cache} | ${fmt(r.p95)} | ${fmt(b[i].p95)} | ${(b[i].p95 / r.p95).toFixed(2)} | ${r.rps.toFixed(0)} | ${b[i].rps.toFixed(0)} |`,
        ),
      );
    }
  }
  fs.mkdirSync(path.join(root, 'data'), { recursive: true });
  fs.writeFileSync(path.join(root, 'data', `bench-${dbKind}-${dataset}.md`), out.join('\n') + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
