/**
 * `tsx scripts/probe.ts`: single-request timings of the dashboard reads, called in-process
 * against DATABASE_URL (no HTTP, no load), as the admin. For judging a change on a busy machine
 * where load tests are noisy; the speed targets themselves are measured by `npm run bench`.
 *
 *   DATABASE_URL=file:./data/pantau-national.db tsx scripts/probe.ts [--runs=7] [--cache=on|off] [--only=ikd]
 *
 * --cache=off (default) times the computation itself (PANTAU_OVERVIEW_CACHE=off); --cache=on
 * the cached path as served (the first, uncached call is the warm-up). Prints min and median.
 */
import { openDb, type DbHandle } from '../lib/db/index';
import { ADMIN } from '../tests/actors';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const runs = Number(args.runs ?? 7);
if (args.cache !== 'on') process.env.PANTAU_OVERVIEW_CACHE = 'off';

const admin = ADMIN;

async function main() {
  const h: DbHandle = await openDb(process.env.DATABASE_URL ?? 'file:./data/pantau-national.db');
  // the process-wide handle, so the caches that only serve it (lib/ikd/figures.ts) apply
  (globalThis as { __pantauDb?: Promise<DbHandle> }).__pantauDb = Promise.resolve(h);
  const { getOverview } = await import('../lib/overview/queries');
  const { getIkdRanking, getIkdRegency } = await import('../lib/ikd/queries');
  const { getProvinceStock, getLedger } = await import('../lib/stock/queries');
  const { getQueue } = await import('../lib/queue/figures');
  const probes: [string, () => Promise<unknown>][] = [
    ['overview national', () => getOverview(admin, { scope: 'national' }, h)],
    ['overview 15', () => getOverview(admin, { scope: '15' }, h)],
    ['overview 15.71', () => getOverview(admin, { scope: '15.71' }, h)],
    ['overview national asOf 2023-06-30', () => getOverview(admin, { scope: 'national', asOf: '2023-06-30' }, h)],
    ['stock province 15', () => getProvinceStock(admin, { province: '15' }, h)],
    ['stock 15.71 movements p1', () => getLedger(admin, '15.71', { limit: 50 } as never, h)],
    ['ikd national', () => getIkdRanking(admin, { province: 'national' }, h)],
    ['ikd 16', () => getIkdRanking(admin, { province: '16' }, h)],
    ['ikd 16.71', () => getIkdRegency(admin, '16.71', {}, h)],
    ['queue national', () => getQueue(admin, { scope: 'national' }, h)],
    ['queue 15.71', () => getQueue(admin, { scope: '15.71' }, h)],
  ];
  for (const [name, fn] of probes) {
    if (args.only && !name.includes(args.only)) continue;
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i <= runs; i++) {
      const t = performance.now();
      const r = await fn();
      const s = JSON.stringify(r);
      const ms = performance.now() - t;
      bytes = s.length;
      if (i > 0 || args.cache !== 'on') times.push(ms);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(36)} min ${times[0].toFixed(1).padStart(8)} ms  median ${times[Math.floor(times.length / 2)]
        .toFixed(1)
        .padStart(
          8,
        )} ms  max ${times[times.length - 1].toFixed(1).padStart(8)} ms  JSON ${(bytes / 1024).toFixed(1)} KB`,
    );
  }
  await h.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
