/** `npm run backup [-- FILE]`: a consistent copy of the database (DATABASE_URL, default the
 *  SQLite demo file) while Pantau keeps running. Default file: data/backups/pantau-<time>.db|dump */
import { backupDatabase, defaultBackupPath } from '../lib/db/backup';

const url = process.env.DATABASE_URL;
const dest = process.argv[2] ?? defaultBackupPath(url);
backupDatabase(url, dest)
  .then(() => console.log(`Cadangan tersimpan: ${dest}`))
  .catch((e) => {
    console.error(`Pencadangan gagal: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
