/** The live section of `npm run bench` (SPEC §13): N event streams held open to the demo's
 *  offices (`GET /api/v1/offices/{id}/events`, a bounded load client in this process), tickets
 *  issued at `rate`/s across offices, and calls at other offices whose delivery is timed from
 *  the API's answer to the first newer state on each of that office's streams; the server's RSS
 *  and CPU while it runs; then 304 polls a second (`If-None-Match` on GET /offices/{id}/queue).
 *  The opening hours and quotas the load needs are set through the API and put back after. */
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { percentile as pct } from './bench-load';

interface Office {
  id: number;
  opensAt: string;
  closesAt: string;
  counters: { id: number; services: string[]; isOpen: boolean }[];
}

interface Stream {
  officeId: number;
  lastId: number;
  req: http.ClientRequest;
}

/** RSS (MB) and CPU seconds of a process and its descendants (the `next start` tree). */
function tree(pid: number): { rssMb: number; cpuS: number } {
  const ps = spawnSync('ps', ['-eo', 'pid=,ppid=,rss=,cputimes='], { encoding: 'utf8' }).stdout;
  const rows = ps
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const mine = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, pp] of rows)
      if (mine.has(pp) && !mine.has(p)) {
        mine.add(p);
        grew = true;
      }
  }
  let rss = 0;
  let cpu = 0;
  for (const [p, , r, c] of rows)
    if (mine.has(p)) {
      rss += r;
      cpu += c;
    }
  return { rssMb: rss / 1024, cpuS: cpu };
}

async function api(base: string, cookie: string, method: string, p: string, body?: unknown) {
  const res = await fetch(`${base}${p}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

function openStream(base: string, cookie: string, officeId: number, onFrame: (s: Stream, id: number) => void) {
  return new Promise<Stream>((resolve, reject) => {
    const u = new URL(`${base}/api/v1/offices/${officeId}/events`);
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        headers: { cookie, accept: 'text/event-stream' },
        agent: false,
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream ${officeId}: ${res.statusCode}`));
        const s: Stream = { officeId, lastId: -1, req };
        let buf = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buf += chunk;
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const m = /^id: (\d+)$/m.exec(block);
            if (m) {
              const id = Number(m[1]);
              const first = s.lastId < 0;
              s.lastId = Math.max(s.lastId, id);
              if (first) resolve(s);
              else onFrame(s, id);
            }
          }
        });
        res.on('error', () => undefined);
      },
    );
    req.on('error', reject);
    req.setTimeout(120_000, () => req.destroy());
    req.end();
  });
}

export async function liveSection(opts: {
  base: string;
  cookie: string;
  serverPid: number;
  streams: number;
  rate: number;
  seconds: number;
  dbKind: string;
}): Promise<string[]> {
  const { base, cookie } = opts;
  const offices = (await api(base, cookie, 'GET', '/api/v1/offices?scope=national')).json as unknown as Office[];
  const open = offices.filter((o) => o.counters.some((c) => c.isOpen && c.services.includes('IKD')));
  // every office open round the clock with room for the load; put back afterwards
  const quota = { IKD: 100_000 };
  for (const o of open)
    await api(base, cookie, 'PATCH', `/api/v1/offices/${o.id}`, { opensAt: '00:00', closesAt: '23:59', quotas: quota });
  const callers = open.slice(0, Math.max(1, Math.floor(open.length / 4))); // offices where calls are timed
  const issuers = open.slice(callers.length);
  const pending = new Map<number, { at: number; version: number; seen: Set<Stream> }>();
  const delivery: number[] = [];
  const onFrame = (s: Stream, id: number) => {
    const p = pending.get(s.officeId);
    if (p && id > p.version && !p.seen.has(s)) {
      p.seen.add(s);
      delivery.push(performance.now() - p.at);
    }
  };
  const before = tree(opts.serverPid);
  const streams: Stream[] = [];
  const openedAt = performance.now();
  let failedStreams = 0;
  for (let i = 0; i < opts.streams; i += 200) {
    const batch = Array.from({ length: Math.min(200, opts.streams - i) }, (_, j) =>
      openStream(base, cookie, open[(i + j) % open.length].id, onFrame).catch(() => {
        failedStreams++;
        return null;
      }),
    );
    for (const s of await Promise.all(batch)) if (s) streams.push(s);
  }
  const openSeconds = (performance.now() - openedAt) / 1000;
  const held = tree(opts.serverPid);
  console.error(
    `  live: ${streams.length} streams open in ${openSeconds.toFixed(1)} s, server RSS ${held.rssMb.toFixed(0)} MB`,
  );

  // tickets at `rate`/s across the issuing offices, calls timed at the others
  let issued = 0;
  let refused = 0;
  let stop = false;
  // at a steady `rate`, not one after the other: a slow answer must not slow the load (≤ 50 in flight)
  const inFlight = new Set<Promise<void>>();
  const writer = (async () => {
    for (let n = 0; !stop; n++) {
      const o = issuers[n % issuers.length] ?? open[n % open.length];
      if (inFlight.size < 50) {
        const p: Promise<void> = api(base, cookie, 'POST', `/api/v1/offices/${o.id}/tickets`, { service: 'IKD' })
          .then(
            (r) => {
              if (r.status === 201) issued++;
              else refused++;
            },
            () => {
              refused++;
            },
          )
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
      } else refused++;
      await new Promise((res) => setTimeout(res, 1000 / opts.rate));
    }
    await Promise.all(inFlight);
  })();
  const cpuStart = tree(opts.serverPid).cpuS;
  const started = performance.now();
  let calls = 0;
  let expected = 0;
  while (performance.now() - started < opts.seconds * 1000) {
    for (const o of callers) {
      const counter = o.counters.find((c) => c.isOpen && c.services.includes('IKD'));
      if (!counter) continue;
      await api(base, cookie, 'POST', `/api/v1/offices/${o.id}/tickets`, { service: 'IKD' });
      const state = (await api(base, cookie, 'GET', `/api/v1/offices/${o.id}/queue`)).json as {
        version: number;
        office: { counters: { id: number; current: { id: number } | null }[] };
      };
      const cur = state.office.counters.find((c) => c.id === counter.id)?.current;
      if (cur) await api(base, cookie, 'POST', `/api/v1/tickets/${cur.id}/done`);
      await new Promise((r) => setTimeout(r, 300)); // let the state reach the streams first
      const v = (await api(base, cookie, 'GET', `/api/v1/offices/${o.id}/queue`)).json as { version: number };
      const r = await api(base, cookie, 'POST', `/api/v1/counters/${counter.id}/call-next`, { service: 'IKD' });
      if (r.status !== 200) continue;
      pending.set(o.id, { at: performance.now(), version: v.version + 0, seen: new Set() });
      expected += streams.filter((s) => s.officeId === o.id).length;
      calls++;
      await new Promise((res) => setTimeout(res, 200));
    }
  }
  await new Promise((r) => setTimeout(r, 2_000));
  stop = true;
  await writer;
  const seconds = (performance.now() - started) / 1000;
  const cpu = (tree(opts.serverPid).cpuS - cpuStart) / seconds;
  const during = tree(opts.serverPid);
  for (const s of streams) s.req.destroy();

  // 304 polls: GET /offices/1/queue with the ETag it just gave
  const first = await fetch(`${base}/api/v1/offices/${open[0].id}/queue`, { headers: { cookie } });
  const etag = first.headers.get('etag') ?? '';
  await first.arrayBuffer();
  const statuses = new Map<number, number>();
  const poll = await new Promise<autocannon.Result>((resolve, reject) => {
    const inst = autocannon(
      {
        url: `${base}/api/v1/offices/${open[0].id}/queue`,
        connections: 50,
        duration: 10,
        headers: { cookie, 'if-none-match': etag },
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    inst.on('response', (_c: unknown, status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
  });

  for (const o of open)
    await api(base, cookie, 'PATCH', `/api/v1/offices/${o.id}`, {
      opensAt: o.opensAt,
      closesAt: o.closesAt,
      quotas: { IKD: null },
    });

  delivery.sort((a, b) => a - b);
  const f = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(0));
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  return [
    `Live (SPEC §13, db=${opts.dbKind}): ${streams.length} of ${opts.streams} event streams open (${failedStreams} refused) to ${open.length} offices, opened in ${openSeconds.toFixed(1)} s; ${issued} tickets issued (${(issued / seconds).toFixed(1)}/s, ${refused} refused) and ${calls} timed calls in ${seconds.toFixed(0)} s.`,
    '',
    '| live figure | value |',
    '|---|---:|',
    `| call delivery p50 / p95 / p99 (API answer → newer state on each stream of the office) | ${f(pct(delivery, 50))} / ${f(pct(delivery, 95))} / ${f(pct(delivery, 99))} ms |`,
    `| deliveries received / expected | ${delivery.length} / ${expected} |`,
    `| server RSS: idle / streams open / under load | ${before.rssMb.toFixed(0)} / ${held.rssMb.toFixed(0)} / ${during.rssMb.toFixed(0)} MB |`,
    `| server CPU under load (2 cores = 200 %) | ${(cpu * 100).toFixed(0)} % |`,
    `| 304 polls (GET /offices/{id}/queue + If-None-Match, 50 clients) | ${poll.requests.average.toFixed(0)}/s, p95 ${poll.latency.p97_5 ?? poll.latency.p99} ms (p97.5), ${statuses.get(304) ?? 0} of ${total} answered 304 |`,
  ];
}
