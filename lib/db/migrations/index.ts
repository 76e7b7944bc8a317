/** Every migration of both databases, in numeric order. A migration's name is the key Kysely
 *  records in `kysely_migration`: never rename one (a database would run it again). Each
 *  migration copies in the values it needs and imports nothing that can change later, so it
 *  builds the same schema whenever it runs. Kysely runs pending migrations sorted by name, so
 *  a new database is always built in this order; none of them depends on a later-numbered one
 *  (lib/db/schema.test.ts checks the result against lib/db/schema.ts on both engines). */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { DbKind } from '../index';
import { up as foundation } from './0001_foundation';
import { up as stock } from './0002_stock';
import { up as ikd } from './0003_ikd';
import { up as queue } from './0004_queue';
import { up as scale } from './0005_scale';
import { up as historyTotals } from './0006_history_totals';
import { up as readIndexes } from './0007_read_indexes';
import { up as sessionRevocation } from './0008_session_revocation';
import { up as domainVersions } from './0009_domain_versions';
import { up as ikdDailyRegencyCovering } from './0010_ikd_daily_regency_covering';
import { up as pipeline } from './0011_pipeline';
import { up as periodsAlerts } from './0012_periods_alerts';
import { up as queueLive } from './0013_queue_live';
import { up as items } from './0014_items';
import { up as publicRateLimits } from './0015_public';
import { up as requisitions } from './0016_requisitions';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Up = (db: Kysely<any>, kind: DbKind) => Promise<void>;

export const MIGRATIONS: [name: string, up: Up][] = [
  ['0001_foundation', foundation],
  ['0002_stock', stock],
  ['0003_ikd', ikd],
  ['0004_queue', queue],
  ['0005_scale', scale],
  ['0006_history_totals', historyTotals],
  ['0007_read_indexes', readIndexes],
  ['0008_session_revocation', sessionRevocation],
  ['0009_domain_versions', domainVersions],
  ['0010_ikd_daily_regency_covering', ikdDailyRegencyCovering],
  ['0011_pipeline', pipeline],
  ['0012_periods_alerts', periodsAlerts],
  ['0013_queue_live', queueLive],
  ['0014_items', items],
  ['0015_public', publicRateLimits],
  ['0016_requisitions', requisitions],
];

/** The migrations for a database of `kind`: only the identity column, a few integer and float
 *  types, the triggers and PostgreSQL's rate-limit table differ by dialect. */
export function migrationProvider(kind: DbKind): MigrationProvider {
  const all: Record<string, Migration> = {};
  for (const [name, up] of MIGRATIONS) all[name] = { up: (db) => up(db, kind) };
  return { getMigrations: async () => all };
}
