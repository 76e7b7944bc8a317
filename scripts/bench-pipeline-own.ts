/**
 * What the request pipeline's own code costs per request, in-process and without the framework
 * (issue 15): a GET declared with operation() (path and query schemas, as the ledger read) against
 * the same read written by hand as before the pipeline (route(), parseQuery, json), both
 * anonymous so that neither signs anyone in, both answering the same body. Unlike a load at 50
 * clients (scripts/bench-pipeline.ts), whose p95 moves by ±90 ms between runs of identical builds
 * on a shared machine, this repeats exactly the work the pipeline adds.
 *
 *   npx tsx scripts/bench-pipeline-own.ts [--n=20000]
 */
import { NextRequest } from 'next/server';
import { operation } from '@/lib/api/pipeline';
import { json, route } from '@/lib/api/handler';
import { parseQuery } from '@/lib/api/query';
import { locationPath } from '@/lib/api/params';
import { ledgerQuery } from '@/lib/stock/schemas';
import { formatParam } from '@/lib/export/table';
import { percentile } from './bench-load';

const ROUNDS = 5;
const n = Number(/--n=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 20000);
const answer = { items: Array.from({ length: 50 }, (_, i) => ({ id: i, type: 'RECEIPT', quantity: 100 })) };
const query = ledgerQuery.extend({ format: formatParam });

const viaPipeline = operation(
  { method: 'GET', path: '/stock/{code}/movements', summary: 'bench', auth: 'anonymous', params: locationPath, query },
  async () => answer,
);
const byHand = route<{ code: string }>(async (req) => {
  parseQuery(req, query);
  return json(answer);
});

const url = 'http://127.0.0.1:3000/api/v1/stock/15.71/movements?type=RECEIPT';
const ctx = () => ({ params: Promise.resolve({ code: '15.71' }) });

async function time(name: string, h: (req: NextRequest, c: ReturnType<typeof ctx>) => Promise<Response>) {
  for (let i = 0; i < 2000; i++) await (await h(new NextRequest(url), ctx())).text(); // warm up
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await (await h(new NextRequest(url), ctx())).text();
  const t = process.cpuUsage(t0);
  return { name, usPerReq: (t.user + t.system) / n };
}

async function main() {
  const rows: { name: string; usPerReq: number }[] = [];
  for (let round = 0; round < ROUNDS; round++)
    rows.push(await time('by hand', byHand), await time('pipeline', viaPipeline));
  const median = (name: string) =>
    percentile(
      rows
        .filter((r) => r.name === name)
        .map((r) => r.usPerReq)
        .sort((a, b) => a - b),
      50,
    );
  const hand = median('by hand');
  const pipe = median('pipeline');
  console.log(`${n} requests a round, median of ${ROUNDS} rounds, CPU µs per request`);
  console.log(
    `by hand  ${hand.toFixed(1)}\npipeline ${pipe.toFixed(1)}\npipeline − by hand = ${(pipe - hand).toFixed(1)} µs`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
