/** Bulk loading for the national-scale generator (lib/demo/national.ts): raw driver access,
 *  bypassing Kysely's query builder, which cannot compile 10 million rows in reasonable time.
 *  SQLite: one connection with prepared multi-row statements; the journal and fsyncs are
 *  switched off ONLY while the load runs, then the file returns to WAL with full durability.
 *  PostgreSQL: one client, one transaction, multi-row inserts from `unnest` of column arrays,
 *  pipelined so the next chunk is generated while the server stores the previous one. */
import { openSqliteFile, type DbKind } from '@/lib/db';

export type ColType = 'int' | 'text';

export interface BulkTable {
  name: string;
  cols: [string, ColType][];
}

export interface BulkWriter {
  kind: DbKind;
  /** Inserts rows (arrays in `table.cols` order). May return before the server has stored them. */
  insert(table: BulkTable, rows: unknown[][]): Promise<void>;
  /** Runs one statement after every pending insert. */
  exec(sqlText: string): Promise<void>;
  /** Waits for pending inserts and makes everything durable. */
  finish(): Promise<void>;
  close(): Promise<void>;
}

export async function openBulkWriter(kind: DbKind, url: string): Promise<BulkWriter> {
  return kind === 'postgres' ? openPostgres(url) : openSqlite(url);
}

async function openSqlite(url: string): Promise<BulkWriter> {
  const conn = await openSqliteFile(url, [
    'journal_mode = OFF',
    'synchronous = OFF',
    'cache_size = -1048576', // 1 GiB page cache while loading
    'temp_store = MEMORY',
    'foreign_keys = OFF',
  ]);
  conn.exec('BEGIN');
  const PER_STMT = 100;
  const stmts = new Map<string, { n: number; run: (...args: unknown[]) => unknown }>();
  const stmtFor = (t: BulkTable, n: number) => {
    const key = `${t.name}|${n}`;
    let s = stmts.get(key);
    if (!s) {
      const one = `(${t.cols.map(() => '?').join(',')})`;
      const st = conn.prepare(
        `INSERT INTO ${t.name} (${t.cols.map((c) => c[0]).join(',')}) VALUES ${Array(n).fill(one).join(',')}`,
      );
      s = { n, run: (...args: unknown[]) => st.run(...args) };
      stmts.set(key, s);
    }
    return s;
  };
  let sinceCommit = 0;
  return {
    kind: 'sqlite',
    async insert(t, rows) {
      let i = 0;
      const big = stmtFor(t, PER_STMT);
      const args: unknown[] = [];
      for (; i + PER_STMT <= rows.length; i += PER_STMT) {
        args.length = 0;
        for (let k = i; k < i + PER_STMT; k++) for (const v of rows[k]) args.push(v);
        big.run(...args);
      }
      const one = stmtFor(t, 1);
      for (; i < rows.length; i++) one.run(...rows[i]);
      sinceCommit += rows.length;
      if (sinceCommit >= 2_000_000) {
        conn.exec('COMMIT');
        conn.exec('BEGIN');
        sinceCommit = 0;
      }
      // let the event loop breathe (progress output)
      await new Promise((r) => setImmediate(r));
    },
    async exec(sqlText) {
      conn.exec(sqlText);
    },
    async finish() {
      conn.exec('COMMIT');
      conn.pragma('analysis_limit = 2000');
      conn.exec('ANALYZE');
      conn.pragma('journal_mode = WAL');
      conn.pragma('synchronous = FULL');
      conn.pragma('wal_checkpoint(TRUNCATE)');
    },
    async close() {
      conn.close();
    },
  };
}

async function openPostgres(url: string): Promise<BulkWriter> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SET LOCAL synchronous_commit = off');
  let pending: Promise<unknown> = Promise.resolve();
  const sqlFor = new Map<string, string>();
  return {
    kind: 'postgres',
    async insert(t, rows) {
      let q = sqlFor.get(t.name);
      if (!q) {
        const names = t.cols.map((c) => c[0]).join(',');
        const arrays = t.cols.map((c, i) => `$${i + 1}::${c[1] === 'int' ? 'bigint' : 'text'}[]`).join(',');
        q = `INSERT INTO ${t.name} (${names}) SELECT * FROM unnest(${arrays})`;
        sqlFor.set(t.name, q);
      }
      const columns: unknown[][] = t.cols.map(() => new Array(rows.length));
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        for (let c = 0; c < columns.length; c++) columns[c][r] = row[c];
      }
      await pending; // at most one chunk in flight
      pending = client.query(q, columns);
      pending.catch(() => undefined); // surfaced by the next await
    },
    async exec(sqlText) {
      await pending;
      await client.query(sqlText);
    },
    async finish() {
      await pending;
      await client.query('COMMIT');
      // VACUUM too: it sets the visibility map, without which PostgreSQL cannot answer the
      // covering indexes (today's tickets by day, IKD days) from the index alone and reads
      // the 11 million ticket rows' pages instead (autovacuum would, but only later)
      await client.query('VACUUM (ANALYZE)');
    },
    async close() {
      await client.end();
    },
  };
}
