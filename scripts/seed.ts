/** Loads the demo data (SPEC §9), or with `--scale national` the national benchmark dataset
 *  (lib/demo/national.ts: every regency and kecamatan office, ≈ 11 million tickets).
 *  Usage: tsx scripts/seed.ts [--if-empty] [--reset] [--scale demo|national] [--history N --from URL]
 *  (`--history 10` builds the bench's copy of the national dataset with 10× the stock/IKD history)
 *  DATABASE_URL: `file:PATH` or a postgres:// URL (default file:./data/pantau.db for the demo,
 *  file:./data/pantau-national.db for the national dataset, so the demo stays untouched). */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { dbKindOf, openDb, type DbHandle } from '../lib/db/index';
import { isSeeded, seedDemo } from '../lib/demo/seed';
import { seedNational } from '../lib/demo/national';
import { extendHistory } from '../lib/demo/national-history';

const DEFAULT_URL = 'file:./data/pantau.db';
const NATIONAL_URL = 'file:./data/pantau-national.db';
const USAGE =
  'Pemakaian: tsx scripts/seed.ts [--if-empty] [--reset] [--scale demo|national] [--history N --from URL_NASIONAL]';

function sqliteFile(url: string): string {
  return path.resolve(url.startsWith('file:') ? url.slice('file:'.length) : './data/pantau.db');
}

async function resetPostgres(url: string) {
  const { Pool } = await import('pg');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: url, max: 1 }) }) });
  try {
    await sql`DROP SCHEMA IF EXISTS public CASCADE`.execute(db);
    await sql`CREATE SCHEMA public`.execute(db);
  } finally {
    await db.destroy();
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

async function databaseSize(handle: DbHandle, url: string): Promise<number> {
  if (handle.kind === 'postgres') {
    const r = await sql<{ size: number | string }>`SELECT pg_database_size(current_database()) AS size`.execute(
      handle.db,
    );
    return Number(r.rows[0]?.size ?? 0);
  }
  const file = sqliteFile(url);
  let total = 0;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      total += fs.statSync(f).size;
    } catch {
      /* absent */
    }
  }
  return total;
}

async function main() {
  const argv = process.argv.slice(2);
  const args = new Set<string>();
  let scale = 'demo';
  let history = 0;
  let from = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--if-empty' || a === '--reset') args.add(a);
    else if (a === '--scale' || a.startsWith('--scale=')) {
      scale = a.includes('=') ? a.slice('--scale='.length) : (argv[++i] ?? '');
      if (scale !== 'demo' && scale !== 'national') {
        console.error(`Skala tidak dikenal: ${scale}\n${USAGE}`);
        process.exit(2);
      }
    } else if (a === '--history' || a.startsWith('--history=')) {
      history = Number(a.includes('=') ? a.slice('--history='.length) : argv[++i]);
      if (!Number.isInteger(history) || history < 2 || history > 20) {
        console.error(`--history harus bilangan bulat 2–20\n${USAGE}`);
        process.exit(2);
      }
    } else if (a === '--from' || a.startsWith('--from=')) {
      from = a.includes('=') ? a.slice('--from='.length) : (argv[++i] ?? '');
    } else {
      console.error(`Argumen tidak dikenal: ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (history > 0) {
    // the N× history copy of the national dataset (for the bench)
    const url = process.env.DATABASE_URL || `file:./data/pantau-national-${history}x.db`;
    const started = Date.now();
    const made = await extendHistory(from || NATIONAL_URL, url, history, (f, label) =>
      console.log(
        `Riwayat ×${history}… ${Math.floor(f * 100)}% (${label}, ${Math.round((Date.now() - started) / 1000)} s)`,
      ),
    );
    console.log(
      made
        ? `Riwayat ×${history} dibuat dalam ${((Date.now() - started) / 1000).toFixed(1)} detik.`
        : 'Data sudah ada.',
    );
    return;
  }
  const url = process.env.DATABASE_URL || (scale === 'national' ? NATIONAL_URL : DEFAULT_URL);
  const kind = dbKindOf(url);

  if (args.has('--reset')) {
    if (kind === 'postgres') await resetPostgres(url);
    else {
      const file = sqliteFile(url);
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
    }
  }

  const handle = await openDb(url);
  let closed = false;
  try {
    if (args.has('--if-empty') && (await isSeeded(handle))) {
      console.log(scale === 'national' ? 'Data nasional sudah ada.' : 'Data demo sudah ada.');
      return;
    }
    const started = Date.now();
    const tty = process.stdout.isTTY === true;
    if (scale === 'national') {
      closed = true;
      await handle.close();
      await loadNational(url, tty);
      return;
    }
    let lastLabel = '';
    await seedDemo(handle, {
      onProgress: (done, total, label) => {
        const pct = Math.floor((100 * done) / Math.max(1, total));
        if (tty) process.stdout.write(`\rMemuat data demo… ${String(pct).padStart(3)}% (${label})\x1b[K`);
        else if (label !== lastLabel) console.log(`Memuat data demo… ${pct}% (${label})`);
        lastLabel = label;
      },
    });
    if (tty) process.stdout.write('\n');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const size = await databaseSize(handle, url);
    console.log(`Data demo dimuat dalam ${seconds} detik; ukuran basis data ${formatBytes(size)} (${kind}).`);
    console.log(
      `Akun demo (kata sandi "pantau-demo"): admin, kadis.jambi, kadis.sumsel, operator.kotajambi, operator.oki, operator.palembang, loket1.kotajambi, kiosk.kotajambi`,
    );
  } finally {
    if (!closed) await handle.close();
  }
}

async function loadNational(url: string, tty: boolean) {
  let lastShown = -1;
  let lastLabel = '';
  const started = Date.now();
  const summary = await seedNational(url, {
    onProgress: (fraction, label) => {
      const pct = Math.floor(fraction * 100);
      const secs = Math.round((Date.now() - started) / 1000);
      if (tty) process.stdout.write(`\rMemuat data nasional… ${String(pct).padStart(3)}% (${label}, ${secs} s)\x1b[K`);
      else if (pct >= lastShown + 5 || label !== lastLabel) {
        console.log(`Memuat data nasional… ${pct}% (${label}, ${secs} s)`);
        lastShown = pct;
      }
      lastLabel = label;
    },
  });
  if (tty) process.stdout.write('\n');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const handle = await openDb(url);
  try {
    const size = await databaseSize(handle, url);
    const n = (x: number) => x.toLocaleString('id-ID');
    console.log(
      `Data nasional dimuat dalam ${seconds} detik; ukuran basis data ${formatBytes(size)} (${summary.kind}): ` +
        `${n(summary.regencies)} kabupaten/kota, ${n(summary.offices)} kantor, ${n(summary.counters)} loket, ` +
        `${n(summary.tickets)} tiket, ${n(summary.stockMovements)} mutasi stok, ${n(summary.ikdDailyRows)} baris IKD harian.`,
    );
    console.log(
      `Akun demo (kata sandi "pantau-demo"): admin, kadis.jambi, kadis.sumsel, operator.kotajambi, operator.oki, operator.palembang, loket1.kotajambi, kiosk.kotajambi`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error('\nGagal memuat data demo:', e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
