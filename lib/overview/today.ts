import { sql } from 'kysely';
import { getHandle, toNum, type DbHandle } from '@/lib/db';
import { errors } from '@/lib/api/errors';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { regionIndex } from '@/lib/regions/queries';
import { getProvinceStock } from '@/lib/stock/queries';
import { ITEM_BLANGKO } from '@/lib/stock/rules';
import { localDate } from '@/lib/time';
import { officerDay } from './rules';

/** A district officer's day (its home): today's usage and IKD entries, the stock with its days of
 *  cover, and what is overdue. Three index lookups and the province's stock figures. */
export async function getOfficerToday(actor: Actor, regencyCode: string, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const region = (await regionIndex(h)).byCode.get(regencyCode);
  if (!region || region.level !== 'regency') throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  assertCan(actor, 'stock.ledger.read', region.code);
  assertCan(actor, 'ikd.read', region.code);
  const today = localDate(region.timeZone, now);
  const [stock, usedToday, ikdToday, lastIkd] = await Promise.all([
    getProvinceStock(actor, { province: region.provinceCode }, h, now),
    // what the officer recorded as used today: the PRINTED and SPOILED entries dated today (a
    // reversal booked today of an older entry is a correction, not today's usage)
    h.db
      .selectFrom('stock_movements')
      .select(sql<number>`coalesce(sum(quantity), 0)`.as('used'))
      .where('location_code', '=', region.code)
      .where('item', '=', ITEM_BLANGKO)
      .where('occurred_on', '=', today)
      .where('type', 'in', ['PRINTED', 'SPOILED'])
      .executeTakeFirst(),
    h.db
      .selectFrom('ikd_daily')
      .select((eb) => [eb.fn.countAll<number>().as('rows'), sql<number>`coalesce(sum(count), 0)`.as('total')])
      .where('regency_code', '=', region.code)
      .where('day', '=', today)
      .executeTakeFirst(),
    h.db
      .selectFrom('ikd_daily')
      .select((eb) => eb.fn.max('day').as('day'))
      .where('regency_code', '=', region.code)
      .where('day', '<=', today)
      .executeTakeFirst(),
  ]);
  const row = stock.regencies.find((r) => r.regencyCode === region.code);
  if (!row) throw errors.forbidden();
  const day = officerDay({
    today,
    usedToday: toNum(usedToday?.used),
    ikdRowsToday: toNum(ikdToday?.rows),
    ikdToday: toNum(ikdToday?.total),
    lastStockDay: row.lastUpdatedOn,
    lastIkdDay: (lastIkd?.day as string | null | undefined) ?? null,
  });
  return {
    regency: { code: region.code, name: region.name, timeZone: region.timeZone },
    today,
    stock: {
      onHand: row.onHand,
      minimum: row.minimum,
      status: row.status,
      avgDailyUse: row.avgDailyUse,
      daysOfCover: row.daysOfCover,
      projectedStockoutDate: row.projectedStockoutDate,
      lastUpdatedOn: row.lastUpdatedOn,
    },
    ...day,
  };
}
export type OfficerToday = Awaited<ReturnType<typeof getOfficerToday>>;
