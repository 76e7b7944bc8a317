import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { DbHandle } from './index';

/** A SHA-256 of every row of every application table, in primary-key order, with values
 *  normalised across drivers (numbers as numbers, text as text). Two databases with the same
 *  content have the same checksum, whichever of SQLite or PostgreSQL holds them. */
export async function tableChecksums(h: DbHandle): Promise<Record<string, string>> {
  const tables =
    h.kind === 'postgres'
      ? (
          await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(h.db)
        ).rows.map((r) => r.name)
      : (
          await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'
            AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(h.db)
        ).rows.map((r) => r.name);
  const out: Record<string, string> = {};
  for (const table of tables.filter((t) => !t.startsWith('kysely_'))) {
    const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(h.db)).rows;
    const lines = rows.map((r) =>
      JSON.stringify(
        Object.keys(r)
          .sort()
          .map((k) => normalise(r[k])),
      ),
    );
    lines.sort();
    const hash = createHash('sha256');
    for (const l of lines) hash.update(l + '\n');
    out[table] = `${rows.length}:${hash.digest('hex').slice(0, 16)}`;
  }
  return out;
}

function normalise(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v)) return v.toString('base64');
  return v;
}
