/** The 10× history variant of the national dataset, for the bench's "cost does not grow with
 *  history" check (SPEC §10): a copy of the national database whose stock and IKD history
 *  (stock_movements, stock_daily, ikd_daily) is repeated `factor` times back in time, each copy
 *  shifted by the length of the original history, with the maintained aggregates rebuilt from
 *  the raw rows (ikd_month_totals re-summed, stock_balances.on_hand = Σ stock_daily.delta), so
 *  they stay consistent. Tickets are not repeated (see docs/benchmarks.md). */
import fs from 'node:fs';
import { dbKindOf, sqliteFileOf } from '@/lib/db';

export type HistoryProgress = (fraction: number, label: string) => void;

const DAY_MS = 86_400_000;

/** True when `url` already holds a seeded database (users present). */
async function seeded(url: string): Promise<boolean> {
  if (dbKindOf(url) === 'postgres') {
    const { Client } = await import('pg');
    const c = new Client({ connectionString: url });
    try {
      await c.connect();
      const r = await c.query("SELECT to_regclass('public.users') IS NOT NULL AS t");
      if (!r.rows[0]?.t) return false;
      return ((await c.query('SELECT count(*)::int AS n FROM users')).rows[0]?.n ?? 0) > 0;
    } catch {
      return false;
    } finally {
      await c.end().catch(() => undefined);
    }
  }
  const file = sqliteFileOf(url);
  if (!fs.existsSync(file)) return false;
  const { default: SQLite } = await import('better-sqlite3');
  const c = new SQLite(file, { readonly: true });
  try {
    return (c.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'users'").get() as { n: number }).n > 0
      ? (c.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n > 0
      : false;
  } finally {
    c.close();
  }
}

interface Exec {
  one(sqlText: string): Promise<Record<string, unknown>>;
  run(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

/** Builds `toUrl` from the national dataset at `fromUrl`. Returns false when `toUrl` was
 *  already seeded. */
export async function extendHistory(
  fromUrl: string,
  toUrl: string,
  factor: number,
  onProgress: HistoryProgress = () => undefined,
): Promise<boolean> {
  if (await seeded(toUrl)) return false;
  const kind = dbKindOf(toUrl);
  if (kind !== dbKindOf(fromUrl)) throw new Error('--from and DATABASE_URL must be the same kind of database');
  onProgress(0, 'Menyalin basis data');
  let ex: Exec;
  if (kind === 'sqlite') {
    const { default: SQLite } = await import('better-sqlite3');
    const src = new SQLite(sqliteFileOf(fromUrl));
    src.pragma('wal_checkpoint(TRUNCATE)');
    src.close();
    const to = sqliteFileOf(toUrl);
    for (const f of [to, `${to}-wal`, `${to}-shm`]) fs.rmSync(f, { force: true });
    fs.copyFileSync(sqliteFileOf(fromUrl), to);
    const c = new SQLite(to);
    c.pragma('journal_mode = OFF');
    c.pragma('synchronous = OFF');
    c.pragma('cache_size = -1048576');
    c.exec('BEGIN');
    ex = {
      async one(q) {
        return c.prepare(q).get() as Record<string, unknown>;
      },
      async run(q) {
        c.exec(q);
      },
      async close() {
        c.exec('COMMIT');
        c.pragma('analysis_limit = 2000');
        c.exec('ANALYZE');
        c.pragma('journal_mode = WAL');
        c.close();
      },
    };
  } else {
    const { Client } = await import('pg');
    const target = new URL(toUrl).pathname.slice(1);
    const source = new URL(fromUrl).pathname.slice(1);
    const adminUrl = new URL(toUrl);
    adminUrl.pathname = '/postgres';
    const admin = new Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${target} TEMPLATE ${source}`);
    } finally {
      await admin.end();
    }
    const c = new Client({ connectionString: toUrl });
    await c.connect();
    await c.query('BEGIN');
    await c.query('SET LOCAL synchronous_commit = off');
    ex = {
      async one(q) {
        return (await c.query(q)).rows[0];
      },
      async run(q) {
        await c.query(q);
      },
      async close() {
        await c.query('COMMIT');
        await c.query('VACUUM (ANALYZE)'); // the visibility map, for index-only scans (seed-national-bulk.ts)
        await c.end();
      },
    };
  }
  try {
    const r = await ex.one(
      'SELECT (SELECT min(day) FROM ikd_daily) AS a, (SELECT min(day) FROM stock_daily) AS b, (SELECT max(day) FROM ikd_daily) AS c, (SELECT max(day) FROM stock_daily) AS d',
    );
    const start = [String(r.a), String(r.b)].sort()[0];
    const end = [String(r.c), String(r.d)].sort()[1];
    const span = Math.round((Date.parse(end) - Date.parse(start)) / DAY_MS) + 1;
    const shift = (col: string, n: number) =>
      kind === 'postgres' ? `to_char(${col}::date - ${n}, 'YYYY-MM-DD')` : `date(${col}, '-${n} days')`;
    const steps = (factor - 1) * 3 + 2;
    let step = 0;
    const tick = (label: string) => onProgress(++step / (steps + 1), label);
    for (let k = 1; k < factor; k++) {
      const n = k * span;
      await ex.run(
        `INSERT INTO ikd_daily (regency_code, day, segment, channel, count)
         SELECT regency_code, ${shift('day', n)}, segment, channel, count FROM ikd_daily WHERE day >= '${start}'`,
      );
      tick(`IKD harian ×${k + 1}`);
      await ex.run(
        `INSERT INTO stock_daily (location_code, item, day, delta, used)
         SELECT location_code, item, ${shift('day', n)}, delta, used FROM stock_daily WHERE day >= '${start}'`,
      );
      tick(`Stok harian ×${k + 1}`);
      await ex.run(
        `INSERT INTO stock_movements (item, location_code, type, quantity, delta, occurred_on, created_at, reference, note, counterpart_code, counted_on_hand)
         SELECT item, location_code, type, quantity, delta, ${shift('occurred_on', n)},
                ${shift('occurred_on', n)} || substr(created_at, 11), reference, note, counterpart_code, counted_on_hand
         FROM stock_movements WHERE occurred_on >= '${start}' AND reverses_id IS NULL`,
      );
      tick(`Mutasi stok ×${k + 1}`);
    }
    await ex.run('DELETE FROM ikd_month_totals');
    await ex.run(
      `INSERT INTO ikd_month_totals (regency_code, month, total)
       SELECT regency_code, substr(day, 1, 7), sum(count) FROM ikd_daily GROUP BY regency_code, substr(day, 1, 7)`,
    );
    tick('Total bulanan IKD');
    await ex.run(
      `UPDATE stock_balances SET on_hand = (SELECT coalesce(sum(d.delta), 0) FROM stock_daily d
         WHERE d.location_code = stock_balances.location_code AND d.item = stock_balances.item)`,
    );
    tick('Saldo stok');
  } finally {
    await ex.close();
  }
  onProgress(1, 'Selesai');
  return true;
}
