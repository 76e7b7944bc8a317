/**
 * What the request pipeline costs (issue 15): the same API reads on two running builds of Pantau,
 * "before" and "after", each beside its own /api/v1/health (the framework floor) in the same run,
 * at 50 clients, in alternating rounds so that both see the same machine.
 *
 *   npx tsx scripts/bench-pipeline.ts --before=http://127.0.0.1:3601 --after=http://127.0.0.1:3602
 *     [--duration=10] [--connections=50] [--rounds=2] [--only=ledger]
 *
 * Both servers must hold the demo data (signed in as admin). Prints p50/p95 and requests/s per
 * read and build, then per read: p95(after) − p95(before) against 10 % of health's p95, and the
 * same for the server's CPU time per request (read from /proc: Linux only).
 *
 * The pipeline alone: build "before" from the same commit with the measured reads written by hand
 * as they were before it (route(), requireActor, parseQuery, json):
 *   git worktree add --detach /tmp/baseline HEAD && git -C /tmp/baseline apply "$PWD/scripts/bench-pipeline-baseline.patch"
 * On a shared 2-core machine the p95 of identical builds moves by ±90 ms between runs (the CPU
 * per request by ±0.3 ms); scripts/bench-pipeline-own.ts measures the pipeline's own work
 * in-process, which that noise does not reach.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { signInCookie } from './sign-in';
import { load as loadAt, type Row } from './bench-load';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const builds = { before: args.before, after: args.after };
if (!builds.before || !builds.after) throw new Error('--before=URL and --after=URL are required');
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 50);
const rounds = Number(args.rounds ?? 2);

const ALL_READS: [string, string][] = [
  ['health', '/api/v1/health'],
  ['stock province 15', '/api/v1/stock?province=15'],
  ['ledger 15.71 page 1', '/api/v1/stock/15.71/movements'],
  ['ikd regency 16.71', '/api/v1/ikd/16.71'],
];

/** A load and the server's CPU time per request it served: unlike latency under load, the CPU
 *  a request costs hardly moves when something else runs on the machine. */
// `--only=ledger`: health and the reads whose name holds the text (more rounds for one read)
const READS = ALL_READS.filter(([name]) => name === 'health' || !args.only || name.includes(args.only));

type Sample = Row & { cpuMs: number };

/** The pid of the process listening on `url`'s port (this machine's `ss`). */
function serverPid(url: string): number {
  const port = new URL(url).port;
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = Number(/pid=(\d+)/.exec(out)?.[1]);
  if (!pid) throw new Error(`no server process listens on ${port}`);
  return pid;
}

/** utime + stime of a process, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuTimeMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Waits until the server is idle (under 2 % of a core for half a second): requests still in
 *  flight when a load ends, and the garbage they left, would otherwise run into the next load
 *  (both builds share one core) and land in the other build's tail. */
async function settle(pids: number[]): Promise<void> {
  const busy = () => pids.reduce((n, pid) => n + cpuTimeMs(pid), 0);
  for (let i = 0; i < 40; i++) {
    const c0 = busy();
    await new Promise((r) => setTimeout(r, 500));
    if (busy() - c0 <= 10) return;
  }
}

async function load(url: string, cookie: string, pid: number): Promise<Sample> {
  const cpu0 = cpuTimeMs(pid);
  const row = await loadAt(url, url, cookie, { connections }, duration);
  return { ...row, cpuMs: (cpuTimeMs(pid) - cpu0) / Math.max(1, row.rps * duration) };
}

async function main() {
  const cookies = {
    before: await signInCookie(builds.before, 'admin'),
    after: await signInCookie(builds.after, 'admin'),
  };
  const pids = { before: serverPid(builds.before), after: serverPid(builds.after) };
  const samples = new Map<string, Sample[]>();
  for (let round = 0; round < rounds; round++) {
    // alternate which build goes first, so a slow moment of the machine falls on both
    const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
    for (const [name, p] of READS) {
      for (const b of order) {
        await settle([pids.before, pids.after]);
        await load(`${builds[b]}${p}`, cookies[b], pids[b]).then((s) => {
          const k = `${b}|${name}`;
          samples.set(k, [...(samples.get(k) ?? []), s]);
        });
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const of = (b: string, name: string) => {
    const s = samples.get(`${b}|${name}`) ?? [];
    return {
      p50: median(s.map((x) => x.p50)),
      p95: median(s.map((x) => x.p95)),
      rps: median(s.map((x) => x.rps)),
      cpuMs: median(s.map((x) => x.cpuMs)),
      errors: s.reduce((n, x) => n + x.errors, 0),
    };
  };
  console.log(`${connections} clients, ${duration} s a load, median of ${rounds} rounds`);
  console.log('read'.padEnd(22), 'build ', 'p50 ms', 'p95 ms', '  req/s', 'errors', 'CPU ms/req');
  for (const [name] of READS) {
    for (const b of ['before', 'after']) {
      const r = of(b, name);
      console.log(
        name.padEnd(22),
        b.padEnd(6),
        r.p50.toFixed(1).padStart(6),
        r.p95.toFixed(1).padStart(6),
        r.rps.toFixed(0).padStart(7),
        String(r.errors).padStart(6),
        r.cpuMs.toFixed(2).padStart(10),
      );
    }
  }
  const floor = of('after', 'health').p95;
  console.log(`\nframework floor: health p95 ${floor.toFixed(1)} ms (after), 10 % = ${(floor / 10).toFixed(1)} ms`);
  for (const [name] of READS.slice(1)) {
    const d = of('after', name).p95 - of('before', name).p95;
    console.log(
      `${name.padEnd(22)} p95 after − before = ${d.toFixed(1)} ms ${d <= floor / 10 ? '(within 10 %)' : '(over)'}`,
    );
  }
  const cpuFloor = of('after', 'health').cpuMs;
  console.log(`\nCPU per request: health ${cpuFloor.toFixed(2)} ms (after), 10 % = ${(cpuFloor / 10).toFixed(2)} ms`);
  for (const [name] of READS.slice(1)) {
    const d = of('after', name).cpuMs - of('before', name).cpuMs;
    console.log(
      `${name.padEnd(22)} CPU after − before = ${d.toFixed(2)} ms ${d <= cpuFloor / 10 ? '(within 10 %)' : '(over)'}`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
