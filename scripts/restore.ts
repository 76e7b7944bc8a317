/** `npm run restore -- FILE`: brings a backup made by `npm run backup` back into DATABASE_URL
 *  (default the SQLite demo file). On SQLite, stop Pantau first. */
import { restoreDatabase } from '../lib/db/backup';

const src = process.argv[2];
if (!src) {
  console.error('Pemakaian: npm run restore -- BERKAS_CADANGAN');
  process.exit(2);
}
restoreDatabase(process.env.DATABASE_URL, src)
  .then(() => console.log(`Dipulihkan dari ${src}`))
  .catch((e) => {
    console.error(`Pemulihan gagal: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
