import { sql } from 'kysely';
import { z } from 'zod';
import { getHandle, toNum, type DbHandle } from '@/lib/db';
import { errors } from '@/lib/api/errors';
import { can, type Actor } from '@/lib/auth/permissions';
import { regionIndex, type Region, type RegionIndex } from '@/lib/regions/queries';
import { DOMAINS } from '@/lib/db/versions';
import { cached, cacheVersions } from './cache';
import { addDays, isValidDay, localDate, ZONES } from '@/lib/time';
import { ITEM_BLANGKO, stockStatus, DEFAULT_MINIMUM, OVERDUE_DAYS } from '@/lib/stock/rules';
import { aggregateIkd, ikdMonthlySeries, loadIkdFigures, type IkdRegencyFigures } from '@/lib/ikd/figures';
import { must } from '@/lib/must';

export const scopeParam = z
  .string()
  .regex(/^(national|\d{2}(\.\d{2})?)$/, 'scope')
  .default('national');
export const asOfParam = z
  .string()
  .refine(isValidDay, 'asOf')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'asOf')
  .optional();
export const overviewQuery = z.object({ scope: scopeParam, asOf: asOfParam });
export type OverviewQuery = z.infer<typeof overviewQuery>;

interface RegencyFigures extends IkdRegencyFigures {
  region: Region;
  onHand: number;
  minimum: number;
  lastStockDay: string | null;
}

interface QueueFigures {
  offices: number;
  counters: number;
  openCounters: number;
  waiting: number;
  inService: number;
  served: number;
  noShow: number;
  capacity: number;
}

const emptyQueue = (): QueueFigures => ({
  offices: 0,
  counters: 0,
  openCounters: 0,
  waiting: 0,
  inService: 0,
  served: 0,
  noShow: 0,
  capacity: 0,
});

function addQueue(a: QueueFigures, b: QueueFigures) {
  for (const k of Object.keys(a) as (keyof QueueFigures)[]) a[k] += b[k];
}

/** SQL filter on a column holding regency codes (or province codes for warehouse rows). */
function inScope(scope: string, code: string): boolean {
  return scope === 'national' || code === scope || code.startsWith(scope + '.');
}
function likeFor(scope: string): string | null {
  if (scope === 'national') return null;
  return scope.includes('.') ? scope : `${scope}.%`;
}

function aggregate(rows: RegencyFigures[], today: string) {
  const sum = (f: (r: RegencyFigures) => number) => rows.reduce((s, r) => s + f(r), 0);
  const overdue = rows.filter((r) => isOverdue(r)).length;
  return {
    stock: {
      regencies: rows.length,
      onHand: sum((r) => r.onHand),
      minimumTotal: sum((r) => r.minimum),
      belowMinimum: rows.filter((r) => stockStatus(r.onHand, r.minimum) !== 'OK').length,
      out: rows.filter((r) => r.onHand <= 0).length,
    },
    ikd: aggregateIkd(rows, today),
    overdue,
  };
}

function isOverdue(r: RegencyFigures): boolean {
  const limit = addDays(r.today, -OVERDUE_DAYS);
  return !r.lastStockDay || r.lastStockDay < limit || !r.lastIkdDay || r.lastIkdDay < limit;
}

/** GET /api/v1/overview — the three pillars for the nation, a province or a regency, as they
 *  stood at the end of `asOf` (default: today in each regency's own time zone). */
export async function getOverview(actor: Actor, query: OverviewQuery, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const idx = await regionIndex(h);
  const scope = query.scope;
  const found = scope === 'national' ? null : idx.byCode.get(scope);
  if (found === undefined) throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  const region: Region | null = found ?? null;
  if (!can(actor, 'overview.read', scope)) throw errors.forbidden();

  // Every figure depends only on the scope, the day(s) it stands at and the data: cache the
  // computed overview per data version (lib/overview/cache.ts), and filter the drill-down rows
  // for the caller afterwards. Its stock + IKD part and its queue part are cached apart as well,
  // so a ticket (every second at national scale) recomputes only the queue part.
  const days = query.asOf ?? ZONES.map((tz) => localDate(tz, now)).join(',');
  const versions = await cacheVersions(h);
  const input: OverviewInput = { h, idx, scope, region, query, now };
  const full = await cached(
    h,
    `overview|${scope}|${days}`,
    DOMAINS,
    async () => {
      const [stockIkd, queue] = await Promise.all([
        cached(h, `overview-si|${scope}|${days}`, ['stock', 'ikd'], () => computeStockIkd(input), versions),
        cached(h, `overview-q|${scope}|${days}`, ['queue'], () => computeQueueLoad(input), versions),
      ]);
      return assemble(stockIkd, queue);
    },
    versions,
  );
  return { ...full, children: full.children.filter((c) => can(actor, 'overview.read', c.code)) };
}

/** What both parts of the overview are computed from. */
interface OverviewInput {
  h: DbHandle;
  idx: RegionIndex;
  scope: string;
  region: Region | null;
  query: OverviewQuery;
  now: Date;
}

/** The scope's regencies and the day each stands at (its own local date, or `asOf`). */
function scopeDays(idx: RegionIndex, region: Region | null, query: OverviewQuery, now: Date) {
  const regencies =
    region === null ? idx.regencies : region.level === 'province' ? (idx.regenciesOf.get(region.code) ?? []) : [region];
  const scopeTz = region?.timeZone ?? 'Asia/Jakarta';
  const scopeToday = query.asOf ?? localDate(scopeTz, now);
  const todayOf = new Map(regencies.map((r) => [r.code, query.asOf ?? localDate(r.timeZone, now)]));
  return { regencies, scopeTz, scopeToday, todayOf };
}

/** Everything of the overview but the queues: stock and IKD per regency, summed for the scope
 *  and for each child region, and the IKD series (reads only stock and IKD tables). */
async function computeStockIkd(input: OverviewInput) {
  const { h, idx, scope, region, query, now } = input;
  const { db } = h;
  const { regencies, scopeTz, scopeToday, todayOf } = scopeDays(idx, region, query, now);
  const like = likeFor(scope);
  const provinceCodes = region === null ? idx.provinces.map((p) => p.code) : [region.provinceCode];
  // the scope's regencies and province warehouse(s) as an IN list, which a B-tree index serves on
  // both databases (PostgreSQL cannot for `LIKE '15.%'` under a non-C collation such as C.UTF-8)
  const locations = like === null ? null : [...regencies.map((r) => r.code), ...provinceCodes];

  // --- blangko stock -------------------------------------------------------------------------
  const balanceRows = await db
    .selectFrom('stock_balances')
    .select(['location_code', 'on_hand', 'minimum', 'last_movement_at'])
    .where('item', '=', ITEM_BLANGKO)
    .$call((q) => (locations === null ? q : q.where('location_code', 'in', locations)))
    .execute();
  const stockNow = new Map(balanceRows.map((b) => [b.location_code, b]));
  let stockAsOf: Map<string, { onHand: number; lastDay: string | null }> | null = null;
  if (query.asOf) {
    // As of a past day: today's balance minus the movements after that day (cost grows with the
    // distance to today, not with the length of the history; stock_balances.on_hand is the sum
    // of all stock_daily deltas), and the last movement day on or before it by one index seek
    // per location.
    const asOf = query.asOf;
    const [after, last] = await Promise.all([
      db
        .selectFrom('stock_daily')
        .select((eb) => ['location_code', eb.fn.sum<number>('delta').as('delta')])
        .where('item', '=', ITEM_BLANGKO)
        .where('day', '>', asOf)
        .$call((q) => (locations === null ? q : q.where('location_code', 'in', locations)))
        .groupBy('location_code')
        .execute(),
      db
        .selectFrom('stock_balances as b')
        .select((eb) => [
          'b.location_code',
          eb
            .selectFrom('stock_daily as d')
            .select((e) => e.fn.max('d.day').as('d'))
            .whereRef('d.location_code', '=', 'b.location_code')
            .whereRef('d.item', '=', 'b.item')
            .where('d.day', '<=', asOf)
            .as('last_day'),
        ])
        .where('b.item', '=', ITEM_BLANGKO)
        .$call((q) => (locations === null ? q : q.where('b.location_code', 'in', locations)))
        .execute(),
    ]);
    const afterOf = new Map(after.map((r) => [r.location_code, toNum(r.delta)]));
    stockAsOf = new Map(
      last.map((r) => [
        r.location_code,
        {
          onHand: toNum(stockNow.get(r.location_code)?.on_hand) - (afterOf.get(r.location_code) ?? 0),
          lastDay: (r.last_day as string | null) ?? null,
        },
      ]),
    );
  }
  const stockOf = (code: string) => {
    const now_ = stockNow.get(code);
    const minimum = now_ ? Number(now_.minimum) : DEFAULT_MINIMUM;
    if (stockAsOf) {
      const s = stockAsOf.get(code);
      return { onHand: s?.onHand ?? 0, minimum, lastDay: s?.lastDay ?? null };
    }
    return {
      onHand: now_ ? Number(now_.on_hand) : 0,
      minimum,
      lastDay: now_?.last_movement_at
        ? localDate(idx.byCode.get(code)?.timeZone ?? scopeTz, new Date(now_.last_movement_at))
        : null,
    };
  };

  // --- IKD -----------------------------------------------------------------------------------
  const ikdSet = await loadIkdFigures(db, like, regencies, todayOf);
  const figures: RegencyFigures[] = regencies.map((r) => {
    const s = stockOf(r.code);
    return {
      ...must(ikdSet.byCode.get(r.code), `byCode ${r.code}`),
      region: r,
      onHand: s.onHand,
      minimum: s.minimum,
      lastStockDay: s.lastDay,
    };
  });

  // --- children (drill-down) -----------------------------------------------------------------
  const childRegions: Region[] = region === null ? idx.provinces : region.level === 'province' ? regencies : [];
  const children = childRegions.map((c) => {
    const rows = figures.filter((f) => inScope(c.code, f.region.code));
    const agg = aggregate(rows, query.asOf ?? localDate(c.timeZone, now));
    const single = c.level === 'regency' ? rows[0] : null;
    return {
      code: c.code,
      name: c.name,
      level: c.level,
      timeZone: c.timeZone,
      stock: {
        ...agg.stock,
        minimum: single?.minimum ?? agg.stock.minimumTotal,
        status: single ? stockStatus(single.onHand, single.minimum) : null,
      },
      ikd: agg.ikd,
      overdue: single ? isOverdue(single) : agg.overdue > 0,
      lastUpdated: single ? [single.lastStockDay, single.lastIkdDay].sort()[0] : null,
    };
  });

  const total = aggregate(figures, scopeToday);
  // The province warehouse counts at national and province scope, not inside one regency.
  const warehouseOnHand = region?.level === 'regency' ? 0 : provinceCodes.reduce((s, p) => s + stockOf(p).onHand, 0);

  // --- series for the charts -----------------------------------------------------------------
  const ikdSeries = await ikdMonthlySeries(db, like, ikdSet, scopeToday.slice(0, 7), total.ikd.activations);

  return {
    scope: {
      code: scope,
      name: region?.name ?? 'Indonesia',
      level: region?.level ?? 'national',
      timeZone: scopeTz,
      parent:
        region?.level === 'regency'
          ? { code: region.provinceCode, name: idx.byCode.get(region.provinceCode)?.name ?? '' }
          : null,
    },
    asOf: query.asOf ?? null,
    today: scopeToday,
    stock: { ...total.stock, warehouseOnHand },
    ikd: total.ikd,
    overdueRegencies: total.overdue,
    children,
    series: { ikdMonthly: ikdSeries },
  };
}

/** The queue load of the scope's offices on each one's local day (reads only queue tables):
 *  per regency and province, in total, and per office for a regency. Counted in SQL per office
 *  from the covering indexes, then summed per regency in SQL too (a national answer is ≈ 500
 *  rows, not ≈ 8,000 offices × their counters and ticket states: it is recomputed after every
 *  ticket). */
async function computeQueueLoad(input: OverviewInput) {
  const { h, idx, scope, region, query, now } = input;
  const { db } = h;
  const { scopeToday, todayOf } = scopeDays(idx, region, query, now);
  const todays = [...new Set(todayOf.values())].sort();
  const minToday = todays[0] ?? scopeToday;
  const maxToday = todays[todays.length - 1] ?? scopeToday;
  // a regency's figures per office (its page lists them), wider scopes' per regency
  const perOffice = region?.level === 'regency';
  const groupKey = perOffice ? sql<string>`cast(o.id as text)` : sql<string>`o.regency_code`;
  // the scope's offices: one filter for the outer `offices as o` (so PostgreSQL hashes only
  // those) and for the IN list of the inner per-office counts
  const inScopeOffices =
    region?.level === 'province'
      ? sql<boolean>`o.province_code = ${scope}`
      : perOffice
        ? sql<boolean>`o.regency_code = ${scope}`
        : sql<boolean>`1 = 1`;
  const officesOfScope = db.selectFrom('offices as o').select('o.id').where(inScopeOffices);
  const [officeRows, counterRows, ticketRows] = await Promise.all([
    db
      .selectFrom('offices as o')
      .select((eb) => [groupKey.as('k'), 'o.regency_code', eb.fn.countAll<number>().as('n')])
      .where(inScopeOffices)
      .groupBy([groupKey, 'o.regency_code'])
      .execute(),
    // one row per office counted from the covering index (office_id, is_open, capacity)
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('counters')
          .select((e) => [
            'office_id',
            e.fn.countAll<number>().as('n'),
            e.fn.sum<number>('is_open').as('open'),
            e.fn.sum<number>(e.case().when('is_open', '=', 1).then(e.ref('capacity')).else(0).end()).as('capacity'),
          ])
          .$if(region !== null, (q) => q.where('office_id', 'in', officesOfScope))
          .groupBy('office_id')
          .as('c'),
      )
      .innerJoin('offices as o', 'o.id', 'c.office_id')
      .where(inScopeOffices)
      .select((eb) => [
        groupKey.as('k'),
        eb.fn.sum<number>('c.n').as('n'),
        eb.fn.sum<number>('c.open').as('open'),
        eb.fn.sum<number>('c.capacity').as('capacity'),
      ])
      .groupBy(groupKey)
      .execute(),
    // today's tickets per office and state from the (day, office_id, status) index
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('tickets')
          .select((e) => ['office_id', 'day', 'status', e.fn.countAll<number>().as('n')])
          .where('day', '>=', minToday)
          .where('day', '<=', maxToday)
          .$if(region !== null, (q) => q.where('office_id', 'in', officesOfScope))
          .groupBy(['office_id', 'day', 'status'])
          .as('t'),
      )
      .innerJoin('offices as o', 'o.id', 't.office_id')
      .where(inScopeOffices)
      .select((eb) => [groupKey.as('k'), 'o.regency_code', 't.day', 't.status', eb.fn.sum<number>('t.n').as('n')])
      .groupBy([groupKey, 'o.regency_code', 't.day', 't.status'])
      .execute(),
  ]);

  const byKey = new Map<string, QueueFigures>();
  const regencyOf = new Map<string, string>();
  for (const o of officeRows) {
    byKey.set(o.k, { ...emptyQueue(), offices: toNum(o.n) });
    regencyOf.set(o.k, o.regency_code);
  }
  for (const c of counterRows) {
    const q = byKey.get(c.k);
    if (!q) continue;
    q.counters += toNum(c.n);
    q.openCounters += toNum(c.open);
    q.capacity += toNum(c.capacity);
  }
  for (const t of ticketRows) {
    const q = byKey.get(t.k);
    // each office counts its own local day
    if (!q || t.day !== (todayOf.get(t.regency_code) ?? scopeToday)) continue;
    const n = toNum(t.n);
    if (t.status === 'WAITING') q.waiting += n;
    else if (t.status === 'CALLED') q.inService += n;
    else if (t.status === 'DONE') q.served += n;
    else if (t.status === 'NO_SHOW') q.noShow += n;
  }

  // per regency and per province, so each child region is one lookup
  const byRegion = new Map<string, QueueFigures>();
  const total = emptyQueue();
  for (const [k, q] of byKey) {
    const regency = must(regencyOf.get(k), `regencyOf ${k}`);
    for (const code of [regency, regency.slice(0, 2)]) {
      let r = byRegion.get(code);
      if (!r) byRegion.set(code, (r = emptyQueue()));
      addQueue(r, q);
    }
    addQueue(total, q);
  }
  let offices: ({ id: number; name: string; kind: string } & QueueFigures)[] = [];
  if (perOffice) {
    const rows = await db
      .selectFrom('offices')
      .select(['id', 'name', 'kind'])
      .where('regency_code', '=', scope)
      .orderBy('id')
      .execute();
    offices = rows.map((o) => ({ id: o.id, name: o.name, kind: o.kind, ...(byKey.get(String(o.id)) ?? emptyQueue()) }));
  }
  return { byRegion, total, offices };
}

/** The overview from its two parts (both may be shared cached values: nothing here changes them). */
function assemble(
  si: Awaited<ReturnType<typeof computeStockIkd>>,
  queue: Awaited<ReturnType<typeof computeQueueLoad>>,
) {
  return {
    scope: si.scope,
    asOf: si.asOf,
    today: si.today,
    stock: si.stock,
    ikd: si.ikd,
    queue: queue.total,
    overdueRegencies: si.overdueRegencies,
    children: si.children.map((c) => ({
      code: c.code,
      name: c.name,
      level: c.level,
      timeZone: c.timeZone,
      stock: c.stock,
      ikd: c.ikd,
      queue: queue.byRegion.get(c.code) ?? emptyQueue(),
      overdue: c.overdue,
      lastUpdated: c.lastUpdated,
    })),
    offices: queue.offices,
    series: si.series,
  };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;
