import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DB_KINDS, useFreshDb, type TestDb } from '@/tests/db';
import { COLUMNS, POSTGRES_ONLY_TABLES } from './schema';
import { MIGRATIONS } from './migrations';
import { DOMAINS } from './versions';

type Columns = Record<string, Record<string, string>>;

/** Tables of the migration machinery, which the query layer never names. */
const MACHINERY = ['kysely_migration', 'kysely_migration_lock', 'pantau_commit_marks'];
/** The declared types of both engines, as the basic types of lib/db/schema.ts. */
const BASIC_TYPE: Record<string, string> = {
  text: 'text',
  integer: 'int',
  bigint: 'int',
  real: 'float',
  'double precision': 'float',
};

/** Every table and column the migrations built, in the notation of COLUMNS. */
async function builtColumns(h: TestDb): Promise<Columns> {
  const rows: { table: string; column: string; type: string; nullable: boolean }[] = [];
  if (h.kind === 'sqlite') {
    const r = await sql<{ table: string; column: string; type: string; notnull: number; pk: number }>`
      SELECT m.name AS "table", c.name AS "column", lower(c.type) AS type, c."notnull", c.pk
      FROM sqlite_master m, pragma_table_info(m.name) c
      WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`.execute(h.db);
    // SQLite lets a primary key other than INTEGER PRIMARY KEY hold NULL unless declared NOT NULL;
    // Pantau never writes one, so a key column counts as not null on both engines
    for (const c of r.rows) rows.push({ ...c, nullable: !c.notnull && !c.pk });
  } else {
    const r = await sql<{ table: string; column: string; type: string; is_nullable: string }>`
      SELECT table_name AS "table", column_name AS "column", data_type AS type, is_nullable
      FROM information_schema.columns WHERE table_schema = current_schema()`.execute(h.db);
    for (const c of r.rows) rows.push({ ...c, nullable: c.is_nullable === 'YES' });
  }
  const out: Columns = {};
  for (const c of rows) {
    if (MACHINERY.includes(c.table)) continue;
    (out[c.table] ??= {})[c.column] = `${BASIC_TYPE[c.type] ?? c.type}${c.nullable ? '?' : ''}`;
  }
  return out;
}

describe.each(DB_KINDS)('a database migrated from empty on %s', (kind) => {
  const h = useFreshDb(kind);

  it('has exactly the tables and columns of lib/db/schema.ts, with their types and nullability', async () => {
    const expected: Columns = Object.fromEntries(
      Object.entries(COLUMNS).filter(([t]) => kind === 'postgres' || !POSTGRES_ONLY_TABLES.includes(t as never)),
    );
    expect(await builtColumns(h)).toEqual(expected);
  });

  it('holds one data version per domain of lib/db/versions.ts, each at 0', async () => {
    const rows = await h.db.selectFrom('data_versions').select(['domain', 'v']).orderBy('domain').execute();
    expect(rows.map((r) => [r.domain, Number(r.v)])).toEqual([...DOMAINS].sort().map((d) => [d, 0]));
  });
});

describe('the migration list', () => {
  it('names every file of lib/db/migrations once, numbered 0001, 0002, … in order', () => {
    const names = MIGRATIONS.map(([name]) => name);
    expect(names.map((n) => Number(n.slice(0, 4)))).toEqual(names.map((_, i) => i + 1));
    const files = fs
      .readdirSync(path.join(__dirname, 'migrations'))
      .filter((f) => /^\d{4}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(names).toEqual(files);
  });
});
