/** The blangko ledger's read side: figures of SPEC §4 per location (now, or at the end of an
 *  `asOf` day from stock_daily), the paged ledger, the allocation plan and rebalancing. */
import { getHandle, toNum, type DbHandle } from '@/lib/db';
import { errors } from '@/lib/api/errors';
import { can, type Actor } from '@/lib/auth/permissions';
import { regionIndex, type Region } from '@/lib/regions/queries';
import { addDays, localDate } from '@/lib/time';
import { runningBalanceChain, OVERDUE_DAYS, stockForecast, stockStatus, type StockStatus } from './rules';
import { resolveItem, type Item } from './items';
import { planAllocation, proposeRebalancing } from './allocation';
import { authorizeAllocation, balanceRow, toMovement, type Movement } from './movements';
import type { LedgerQuery, StockQuery } from './schemas';
import { must } from '@/lib/must';

const ALERT_DAYS = 14;

export interface LocationFigures {
  code: string;
  name: string;
  today: string;
  onHand: number;
  minimum: number;
  status: StockStatus;
  avgDailyUse: number;
  daysOfCover: number | null;
  projectedStockoutDate: string | null;
  /** time of the latest movement (null under asOf, or when there was none) */
  lastUpdatedAt: string | null;
  /** local date of the latest movement */
  lastUpdatedOn: string | null;
  overdue: boolean;
}

/** The balance of `item` at each location at the end of the day `asOf` (the sum of its daily
 *  changes up to that day) and the last day with a change: the one way every page and answer
 *  reads stock as of a past day. A location without any change is absent (its balance is 0). */
export async function balancesAsOf(
  h: DbHandle,
  item: string,
  codes: string[],
  asOf: string,
): Promise<Map<string, { onHand: number; lastDay: string | null }>> {
  if (codes.length === 0) return new Map();
  const rows = await h.db
    .selectFrom('stock_daily')
    .select((eb) => ['location_code', eb.fn.sum<number>('delta').as('on_hand'), eb.fn.max('day').as('last_day')])
    .where('item', '=', item)
    .where('location_code', 'in', codes)
    .where('day', '<=', asOf)
    .groupBy('location_code')
    .execute();
  return new Map(rows.map((r) => [r.location_code, { onHand: toNum(r.on_hand), lastDay: r.last_day ?? null }]));
}

/** PRINTED + SPOILED of `item` over the 30 days ending each location's own today (`todayOf`;
 *  reversals count against it), never below 0: the use behind SPEC §4's average daily use, for
 *  many locations in several time zones at once (`codes` null: every location of `todayOf`). */
export async function usedLast30Days(
  h: DbHandle,
  item: string,
  todayOf: Map<string, string>,
  codes: string[] | null,
): Promise<Map<string, number>> {
  const todays = [...new Set(todayOf.values())].sort();
  if (todays.length === 0) return new Map();
  if (todays.length === 1) {
    // one local day for all (one province): the database sums
    const sums = await h.db
      .selectFrom('stock_daily')
      .select((eb) => ['location_code', eb.fn.sum<number>('used').as('used')])
      .where('item', '=', item)
      .where('location_code', 'in', codes ?? [...todayOf.keys()])
      .where('day', '>=', addDays(todays[0], -29))
      .where('day', '<=', todays[0])
      .groupBy('location_code')
      .execute();
    return new Map(sums.map((u) => [u.location_code, Math.max(0, toNum(u.used))]));
  }
  const rows = await h.db
    .selectFrom('stock_daily')
    .select(['location_code', 'day', 'used'])
    .where('item', '=', item)
    .where('day', '>=', addDays(todays[0], -29))
    .where('day', '<=', todays[todays.length - 1])
    .where('used', '!=', 0)
    .$if(codes !== null, (q) => q.where('location_code', 'in', codes ?? []))
    .execute();
  const sum = new Map<string, number>();
  for (const u of rows) {
    const today = todayOf.get(u.location_code);
    if (!today || u.day > today || u.day < addDays(today, -29)) continue;
    sum.set(u.location_code, (sum.get(u.location_code) ?? 0) + toNum(u.used));
  }
  for (const [code, n] of sum) sum.set(code, Math.max(0, n));
  return sum;
}

/** Figures of `item` at locations of one province (same time zone), now or at the end of `asOf`. */
async function figuresOf(
  h: DbHandle,
  locs: Region[],
  asOf: string | undefined,
  now: Date,
  item: Item,
): Promise<LocationFigures[]> {
  if (locs.length === 0) return [];
  const codes = locs.map((l) => l.code);
  const today = asOf ?? localDate(locs[0].timeZone, now);
  const [balances, use, past] = await Promise.all([
    h.db
      .selectFrom('stock_balances')
      .select(['location_code', 'on_hand', 'minimum', 'last_movement_at'])
      .where('item', '=', item.code)
      .where('location_code', 'in', codes)
      .execute(),
    usedLast30Days(h, item.code, new Map(codes.map((c) => [c, today])), codes),
    asOf ? balancesAsOf(h, item.code, codes, asOf) : Promise.resolve(new Map<string, never>()),
  ]);
  const bal = new Map(balances.map((b) => [b.location_code, b]));
  return locs.map((l) => {
    const b = bal.get(l.code);
    const minimum = b ? Number(b.minimum) : l.level === 'province' ? 0 : item.defaultMinimum;
    let onHand: number;
    let lastUpdatedAt: string | null = null;
    let lastUpdatedOn: string | null;
    if (asOf) {
      const p = past.get(l.code);
      onHand = p?.onHand ?? 0;
      lastUpdatedOn = p?.lastDay ?? null;
    } else {
      onHand = b ? Number(b.on_hand) : 0;
      lastUpdatedAt = b?.last_movement_at ?? null;
      lastUpdatedOn = lastUpdatedAt ? localDate(l.timeZone, new Date(lastUpdatedAt)) : null;
    }
    const f = stockForecast(onHand, use.get(l.code) ?? 0, today);
    return {
      code: l.code,
      name: l.name,
      today,
      onHand,
      minimum,
      status: stockStatus(onHand, minimum),
      ...f,
      lastUpdatedAt,
      lastUpdatedOn,
      overdue: !lastUpdatedOn || lastUpdatedOn < addDays(today, -OVERDUE_DAYS),
    };
  });
}

async function region(h: DbHandle, code: string, level?: 'province' | 'regency'): Promise<Region> {
  const r = (await regionIndex(h)).byCode.get(code);
  if (!r || r.level === 'district' || (level && r.level !== level))
    throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  return r;
}

export type Alert = {
  regencyCode: string;
  name: string;
  reason: 'OUT' | 'BELOW_MINIMUM' | 'STOCKOUT_SOON';
  projectedStockoutDate: string | null;
};

/** GET /api/v1/stock?province= — every regency of the province and its warehouse. */
export async function getProvinceStock(
  actor: Actor,
  query: Pick<StockQuery, 'province' | 'asOf' | 'item'>,
  handle?: DbHandle,
  now = new Date(),
) {
  const h = handle ?? (await getHandle());
  const province = await region(h, query.province, 'province');
  if (!can(actor, 'stock.read', province.code)) throw errors.forbidden();
  const item = await resolveItem(h, query.item);
  const regs = (await regionIndex(h)).regenciesOf.get(province.code) ?? [];
  const [warehouse, ...rows] = await figuresOf(h, [province, ...regs], query.asOf, now, item);
  const today = warehouse.today;
  const soon = addDays(today, ALERT_DAYS);
  // officers read their own regency plus the province's summary figures (SPEC §2)
  const visible = rows.filter((r) => can(actor, 'stock.ledger.read', r.code));
  const summary = {
    regencies: rows.length,
    onHand: rows.reduce((s, r) => s + r.onHand, 0),
    minimumTotal: rows.reduce((s, r) => s + r.minimum, 0),
    belowMinimum: rows.filter((r) => r.status !== 'OK').length,
    out: rows.filter((r) => r.status === 'OUT').length,
    overdue: rows.filter((r) => r.overdue).length,
  };
  const alerts: Alert[] = [];
  for (const r of visible) {
    if (r.status !== 'OK')
      alerts.push({
        regencyCode: r.code,
        name: r.name,
        reason: r.status,
        projectedStockoutDate: r.projectedStockoutDate,
      });
    else if (r.projectedStockoutDate && r.projectedStockoutDate <= soon)
      alerts.push({
        regencyCode: r.code,
        name: r.name,
        reason: 'STOCKOUT_SOON',
        projectedStockoutDate: r.projectedStockoutDate,
      });
  }
  return {
    province: { code: province.code, name: province.name, timeZone: province.timeZone },
    item,
    asOf: query.asOf ?? null,
    today,
    warehouse: {
      code: province.code,
      onHand: warehouse.onHand,
      lastUpdatedAt: warehouse.lastUpdatedAt,
      lastUpdatedOn: warehouse.lastUpdatedOn,
    },
    summary,
    regencies: visible.map(({ code, ...r }) => ({ regencyCode: code, ...r })),
    alerts,
  };
}
export type ProvinceStock = Awaited<ReturnType<typeof getProvinceStock>>;

/** One location's figures and balance series (for the /stok page). */
export async function getLocationStock(
  actor: Actor,
  code: string,
  asOf?: string,
  handle?: DbHandle,
  now = new Date(),
  days = 90,
  itemCode?: string,
) {
  const h = handle ?? (await getHandle());
  const loc = await region(h, code);
  if (!can(actor, 'stock.ledger.read', code)) throw errors.forbidden();
  const item = await resolveItem(h, itemCode);
  const [fig] = await figuresOf(h, [loc], asOf, now, item);
  const start = addDays(fig.today, -(days - 1));
  const [before, rows] = await Promise.all([
    h.db
      .selectFrom('stock_daily')
      .select((eb) => eb.fn.sum<number>('delta').as('s'))
      .where('item', '=', item.code)
      .where('location_code', '=', code)
      .where('day', '<', start)
      .executeTakeFirst(),
    h.db
      .selectFrom('stock_daily')
      .select(['day', 'delta', 'used'])
      .where('item', '=', item.code)
      .where('location_code', '=', code)
      .where('day', '>=', start)
      .where('day', '<=', fig.today)
      .orderBy('day')
      .execute(),
  ]);
  const byDay = new Map(rows.map((r) => [r.day, r]));
  let bal = toNum(before?.s);
  const series: { day: string; onHand: number; used: number }[] = [];
  for (let d = start; d <= fig.today; d = addDays(d, 1)) {
    const r = byDay.get(d);
    bal += toNum(r?.delta);
    series.push({ day: d, onHand: bal, used: toNum(r?.used) });
  }
  // where this location's transfers (regency) or distributions (warehouse) may go
  const siblings = ((await regionIndex(h)).regenciesOf.get(loc.provinceCode) ?? []).filter((r) => r.code !== code);
  return {
    location: {
      code: loc.code,
      name: loc.name,
      level: loc.level as 'province' | 'regency',
      provinceCode: loc.provinceCode,
      timeZone: loc.timeZone,
    },
    item,
    asOf: asOf ?? null,
    figures: fig,
    series,
    siblings: siblings.map((s) => ({ code: s.code, name: s.name })),
  };
}
export type LocationStock = Awaited<ReturnType<typeof getLocationStock>>;

/** GET /api/v1/stock/{code}/movements — newest first, paged by an opaque cursor. */
export async function getLedger(actor: Actor, code: string, query: Omit<LedgerQuery, 'format'>, handle?: DbHandle) {
  const h = handle ?? (await getHandle());
  await region(h, code);
  if (!can(actor, 'stock.ledger.read', code)) throw errors.forbidden();
  const item = await resolveItem(h, query.item);
  const to = [query.to, query.asOf].filter((d): d is string => !!d).sort()[0];
  let q = h.db
    .selectFrom('stock_movements')
    .selectAll()
    .where('location_code', '=', code)
    .where('item', '=', item.code)
    .orderBy('occurred_on', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.from) q = q.where('occurred_on', '>=', query.from);
  if (to) q = q.where('occurred_on', '<=', to);
  if (query.type) q = q.where('type', '=', query.type);
  if (query.cursor) {
    const [day, id] = query.cursor.split('_');
    q = q.where((eb) =>
      eb.or([eb('occurred_on', '<', day), eb.and([eb('occurred_on', '=', day), eb('id', '<', Number(id))])]),
    );
  }
  const rows = await q.execute();
  const items: Movement[] = rows.slice(0, query.limit).map(toMovement);
  const last = items[items.length - 1];
  const reversed = items.length
    ? await h.db
        .selectFrom('stock_movements')
        .select('reverses_id')
        .where(
          'reverses_id',
          'in',
          items.map((i) => i.id),
        )
        .execute()
    : [];
  const reversedIds = new Set(reversed.map((r) => Number(r.reverses_id)));
  // today's balance (where the running balances start), and the one at the end of asOf (from the
  // daily figures) when asked
  const current = toNum((await balanceRow(h.db, code, item.code).executeTakeFirst())?.on_hand);
  const onHand = query.asOf ? ((await balancesAsOf(h, item.code, [code], query.asOf)).get(code)?.onHand ?? 0) : current;
  const [balances, recordedBy] = await Promise.all([
    query.type ? null : runningBalances(h, code, item.code, items, current),
    recorders(h, rows.slice(0, query.limit)),
  ]);
  return {
    locationCode: code,
    item: item.code,
    asOf: query.asOf ?? null,
    onHand,
    items: items.map((m, i) => ({
      ...m,
      reversed: reversedIds.has(m.id),
      /** the balance right after this entry (null when the list is filtered by type) */
      balanceAfter: balances ? balances[i] : null,
      /** who recorded it (display name; null for seeded history) */
      recordedBy: recordedBy.get(m.id) ?? null,
    })),
    nextCursor: rows.length > query.limit && last ? `${last.occurredOn}_${last.id}` : null,
  };
}
export type Ledger = Awaited<ReturnType<typeof getLedger>>;

/** The balance after each entry of a page of the ledger (newest first, every type): the first is
 *  today's balance (`current`) less the changes entered after it, then each next one takes the
 *  entry above off. The balance is the sum of the ledger (SPEC §4), so this equals the history summed up to
 *  the entry; it reads only the entries newer than the page (none for the first page, which the
 *  ledger screen opens), where the sum of the daily figures before it read the whole history. */
async function runningBalances(
  h: DbHandle,
  code: string,
  item: string,
  items: Movement[],
  current: number,
): Promise<number[]> {
  if (items.length === 0) return [];
  const top = items[0];
  const newer = await h.db
    .selectFrom('stock_movements')
    .select((eb) => eb.fn.sum<number>('delta').as('s'))
    .where('location_code', '=', code)
    .where('item', '=', item)
    .where((eb) =>
      eb.or([
        eb('occurred_on', '>', top.occurredOn),
        eb.and([eb('occurred_on', '=', top.occurredOn), eb('id', '>', top.id)]),
      ]),
    )
    .executeTakeFirst();
  return runningBalanceChain(current - toNum(newer?.s), items);
}

/** Display names of the users who recorded these entries. */
async function recorders(h: DbHandle, rows: { id: number; actor_id: number | null }[]) {
  const ids = [...new Set(rows.map((r) => r.actor_id).filter((a): a is number => a !== null))];
  if (ids.length === 0) return new Map<number, string>();
  const users = await h.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  const name = new Map(users.map((u) => [Number(u.id), u.display_name]));
  return new Map(
    rows.filter((r) => r.actor_id !== null).map((r) => [Number(r.id), name.get(Number(r.actor_id)) ?? '']),
  );
}

async function wajibKtpOf(h: DbHandle, codes: string[], day: string): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await h.db
    .selectFrom('ikd_population')
    .select(['regency_code', 'valid_from', 'wajib_ktp'])
    .where('regency_code', 'in', codes)
    .where('valid_from', '<=', day)
    .orderBy('valid_from')
    .execute();
  return new Map(rows.map((r) => [r.regency_code, Number(r.wajib_ktp)]));
}

/** POST /api/v1/provinces/{code}/allocation-plans — the SPEC §4 proposal (writes nothing). */
export async function planProvinceAllocation(
  actor: Actor,
  provinceCode: string,
  quantity: number,
  handle?: DbHandle,
  now = new Date(),
  itemCode?: string,
) {
  const h = handle ?? (await getHandle());
  const province = await authorizeAllocation(actor, provinceCode, h);
  const item = await resolveItem(h, itemCode);
  const regs = (await regionIndex(h)).regenciesOf.get(province.code) ?? [];
  const [warehouse, ...figs] = await figuresOf(h, [province, ...regs], undefined, now, item);
  const wajib = await wajibKtpOf(
    h,
    regs.map((r) => r.code),
    warehouse.today,
  );
  const lines = planAllocation(
    quantity,
    figs.map((f) => ({
      code: f.code,
      onHand: f.onHand,
      minimum: f.minimum,
      avgDailyUse: f.avgDailyUse,
      wajibKtp: wajib.get(f.code) ?? 0,
    })),
  );
  return {
    provinceCode: province.code,
    item: item.code,
    quantity,
    today: warehouse.today,
    warehouseOnHand: warehouse.onHand,
    lines: lines.map((l, i) => ({
      ...l,
      name: figs[i].name,
      onHand: figs[i].onHand,
      minimum: figs[i].minimum,
      avgDailyUse: figs[i].avgDailyUse,
      daysOfCover: figs[i].daysOfCover,
    })),
  };
}
export type AllocationPlan = Awaited<ReturnType<typeof planProvinceAllocation>>;

/** The rebalancing view of SPEC §4 for a province's head (or an admin). */
export async function getRebalancing(
  actor: Actor,
  provinceCode: string,
  handle?: DbHandle,
  now = new Date(),
  itemCode?: string,
) {
  const h = handle ?? (await getHandle());
  const province = await region(h, provinceCode, 'province');
  if (!can(actor, 'stock.transfer', province.code) || !can(actor, 'stock.province.write', province.code))
    throw errors.forbidden();
  const item = await resolveItem(h, itemCode);
  const regs = (await regionIndex(h)).regenciesOf.get(province.code) ?? [];
  const figs = await figuresOf(h, regs, undefined, now, item);
  const plan = proposeRebalancing(figs);
  const byCode = new Map(figs.map((f) => [f.code, f]));
  return {
    province: { code: province.code, name: province.name },
    item,
    today: figs[0]?.today ?? localDate(province.timeZone, now),
    surplus: plan.surplus.map((c) => must(byCode.get(c), `byCode ${c}`)),
    short: plan.short.map((c) => must(byCode.get(c), `byCode ${c}`)),
    proposals: plan.proposals.map((p) => ({
      ...p,
      fromName: must(byCode.get(p.fromCode), `byCode ${p.fromCode}`).name,
      toName: must(byCode.get(p.toCode), `byCode ${p.toCode}`).name,
    })),
  };
}
export type Rebalancing = Awaited<ReturnType<typeof getRebalancing>>;
