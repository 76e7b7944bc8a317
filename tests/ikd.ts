import type { Insertable } from 'kysely';
import type { Db, DbHandle } from '@/lib/db';
import type { IkdDailyTable } from '@/lib/db/schema';
import { seedBase } from '@/lib/demo/seed';
import { setIkdPopulation } from '@/lib/ikd/writes';
import { ADMIN } from './actors';

/** The body of an IKD day (PUT /ikd/{code}/days/{day}) from its [segment, channel, count] cells. */
export const grid = (...cells: [string, string, number][]) => ({
  counts: cells.map(([segment, channel, count]) => ({ segment, channel, count })),
});

/** A set-up for useFreshDb: the regions and items (seedBase), then the wajib KTP of each regency
 *  given (code → people), entered by the administrator at `now` and valid from `validFrom`. */
export function baseWithWajibKtp(now: Date, wajibKtp: Record<string, number>, validFrom = '2022-01-01') {
  return async (h: DbHandle) => {
    await seedBase(h);
    for (const [code, people] of Object.entries(wajibKtp))
      await setIkdPopulation(ADMIN, code, { wajibKtp: people, validFrom }, h, now);
  };
}

/** Writes IKD days straight into ikd_daily together with the month totals (ikd_month_totals) they
 *  add up to, the aggregate the app keeps beside them, for tests of what is read from them. */
export async function insertIkdDays(db: Db, days: Insertable<IkdDailyTable>[]): Promise<void> {
  await db.insertInto('ikd_daily').values(days).execute();
  const months = new Map<string, { regency_code: string; month: string; total: number }>();
  for (const d of days) {
    const month = d.day.slice(0, 7);
    const key = `${d.regency_code} ${month}`;
    const row = months.get(key) ?? { regency_code: d.regency_code, month, total: 0 };
    row.total += d.count;
    months.set(key, row);
  }
  await db
    .insertInto('ikd_month_totals')
    .values([...months.values()])
    .execute();
}
