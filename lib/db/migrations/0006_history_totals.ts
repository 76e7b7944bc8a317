/** Issue 7: reads whose cost must not grow with the length of history. Two all-time totals
 *  kept by triggers, so every writer (the IKD writes, imports, the seeds) keeps them exact:
 *   - ikd_regency_totals: Σ ikd_month_totals.total per regency. Activations before a month
 *     are the all-time total minus the months from it on (lib/ikd/figures.ts), instead of
 *     a sum over every month since the start.
 *   - ikd_breakdown_totals: Σ ikd_daily.count per regency, segment and channel (the regency
 *     page's breakdown: all-time minus the days after the day asked for).
 *  On PostgreSQL the triggers are per statement over transition tables (one grouped upsert
 *  per statement, however many rows a bulk load writes), in key order so concurrent
 *  writers lock the total rows in one order; on SQLite per row. */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DbKind } from '../index';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, kind: DbKind): Promise<void> {
  await db.schema
    .createTable('ikd_regency_totals')
    .addColumn('regency_code', 'text', (c) => c.primaryKey())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ikd_breakdown_totals')
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('ikd_breakdown_totals_pk', ['regency_code', 'segment', 'channel'])
    .execute();
  await sql`INSERT INTO ikd_regency_totals (regency_code, total)
    SELECT regency_code, sum(total) FROM ikd_month_totals GROUP BY regency_code`.execute(db);
  await sql`INSERT INTO ikd_breakdown_totals (regency_code, segment, channel, total)
    SELECT regency_code, segment, channel, sum(count) FROM ikd_daily GROUP BY regency_code, segment, channel`.execute(
    db,
  );
  const totals = [
    { source: 'ikd_month_totals', target: 'ikd_regency_totals', keys: ['regency_code'], value: 'total' },
    {
      source: 'ikd_daily',
      target: 'ikd_breakdown_totals',
      keys: ['regency_code', 'segment', 'channel'],
      value: 'count',
    },
  ];
  for (const t of totals) {
    const keys = sql.join(t.keys.map((k) => sql.ref(k)));
    const target = sql.table(t.target);
    const value = sql.ref(t.value);
    if (kind === 'postgres') {
      // (keys, delta) rows of a statement → one grouped upsert, in key order
      const upsert = (rows: RawBuilder<unknown>) =>
        sql`INSERT INTO ${target} (${keys}, total)
          SELECT ${keys}, sum(d) FROM (${rows}) AS x GROUP BY ${keys} HAVING sum(d) <> 0 ORDER BY ${keys}
          ON CONFLICT (${keys}) DO UPDATE SET total = ${target}.total + excluded.total;`;
      const fn = sql.id(`${t.target}_apply`);
      await sql`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            ${upsert(sql`SELECT ${keys}, ${value} AS d FROM pantau_new`)}
          ELSIF TG_OP = 'DELETE' THEN
            ${upsert(sql`SELECT ${keys}, -${value} AS d FROM pantau_old`)}
          ELSIF TG_OP = 'UPDATE' THEN
            ${upsert(sql`SELECT ${keys}, ${value} AS d FROM pantau_new UNION ALL SELECT ${keys}, -${value} FROM pantau_old`)}
          ELSE
            DELETE FROM ${target};
          END IF;
          RETURN NULL;
        END $$`.execute(db);
      const trg = (suffix: string) => sql.id(`${t.source}_${t.target}_${suffix}`);
      const src = sql.table(t.source);
      await sql`CREATE TRIGGER ${trg('ins')} AFTER INSERT ON ${src} REFERENCING NEW TABLE AS pantau_new
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db);
      await sql`CREATE TRIGGER ${trg('upd')} AFTER UPDATE ON ${src}
        REFERENCING OLD TABLE AS pantau_old NEW TABLE AS pantau_new
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db);
      await sql`CREATE TRIGGER ${trg('del')} AFTER DELETE ON ${src} REFERENCING OLD TABLE AS pantau_old
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db);
      await sql`CREATE TRIGGER ${trg('trunc')} AFTER TRUNCATE ON ${src}
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db);
    } else {
      const add = (row: 'NEW' | 'OLD', sign: '' | '-') =>
        sql`INSERT INTO ${target} (${keys}, total)
          VALUES (${sql.join(t.keys.map((k) => sql.raw(`${row}.${k}`)))}, ${sql.raw(`${sign}${row}.${t.value}`)})
          ON CONFLICT (${keys}) DO UPDATE SET total = total + excluded.total;`;
      const changed = sql.join(
        [...t.keys, t.value].map((k) => sql.raw(`OLD.${k} IS NOT NEW.${k}`)),
        sql` OR `,
      );
      const trg = (suffix: string) => sql.id(`${t.source}_${t.target}_${suffix}`);
      const src = sql.table(t.source);
      await sql`CREATE TRIGGER ${trg('ins')} AFTER INSERT ON ${src} BEGIN ${add('NEW', '')} END`.execute(db);
      await sql`CREATE TRIGGER ${trg('upd')} AFTER UPDATE ON ${src} WHEN ${changed}
        BEGIN ${add('OLD', '-')} ${add('NEW', '')} END`.execute(db);
      await sql`CREATE TRIGGER ${trg('del')} AFTER DELETE ON ${src} BEGIN ${add('OLD', '-')} END`.execute(db);
    }
  }
}
