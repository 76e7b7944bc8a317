/** `npm run migrate`: brings the database of DATABASE_URL (default the SQLite demo file) to the
 *  latest schema and lists the migrations it has, without starting Pantau. Every instance also
 *  migrates when it opens the database (docs/deployment.md); this is for doing it ahead of a
 *  deployment. */
import { Migrator } from 'kysely';
import { dbKindOf, openDb } from '../lib/db';
import { migrationProvider } from '../lib/db/migrations';

async function main() {
  const url = process.env.DATABASE_URL;
  const h = await openDb(url); // runs the migrations
  try {
    const all = await new Migrator({ db: h.db, provider: migrationProvider(dbKindOf(url)) }).getMigrations();
    for (const m of all) console.log(`${m.executedAt ? m.executedAt.toISOString() : 'belum'}  ${m.name}`);
    console.log(`Basis data (${h.kind}) sudah pada skema terbaru: ${all.length} migrasi.`);
  } finally {
    await h.close();
  }
}
main().catch((e) => {
  console.error(`Migrasi gagal: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
