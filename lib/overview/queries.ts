import { z } from 'zod';
import { getHandle, toNum, type DbHandle } from '@/lib/db';
import { errors } from '@/lib/api/errors';
import { can, type Actor } from '@/lib/auth/permissions';
import { regionIndex, type Region, type RegionIndex } from '@/lib/regions/queries';
import { cached, cacheVersions, DOMAINS } from './cache';
import { addDays, isValidDay, localDate } from '@/lib/time';
import { ITEM_BLANGKO, stockStatus, DEFAULT_MINIMUM } from '@/lib/stock/rules';
import { aggregateIkd, ikdMonthlySeries, loadIkdFigures, type IkdRegencyFigures } from '@/lib/ikd/figures';

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

/** Overdue: stock or IKD figures not updated for more than 2 days (SPEC §4). */
const OVERDUE_DAYS = 2;

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
  const full = await cached(
    h,
    `overview|${scope}|${days}`,
    DOMAINS,
    async () => {
      const [stockIkd, queue] = await Promise.all([
        cached(
          h,
          `overview-si|${scope}|${days}`,
          ['stock', 'ikd'],
          () => computeStockIkd(h, idx, scope, region, query, now),
          versions,
        ),
        cached(
          h,
          `overview-q|${scope}|${days}`,
          ['queue'],
          () => computeQueueLoad(h, idx, scope, region, query, now),
          versions,
        ),
      ]);
      return assemble(stockIkd, queue);
    },
    versions,
  );
  return { ...full, children: full.children.filter((c) => can(actor, 'overview.read', c.code)) };
}

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];

/** The scope's regencies and the day each stands at (its own local date, or `asOf`). */
function scopeDays(idx: RegionIndex, region: Region | null, query: OverviewQuery, now: Date) {
  const regencies =
    region === null
      ? idx.regencies
      : region.level === 'province'
        ? (idx.regenciesOf.get(region.code) ?? [])
        : [region!];
  const scopeTz = region?.timeZone ?? 'Asia/Jakarta';
  const scopeToday = query.asOf ?? localDate(scopeTz, now);
  const todayOf = new Map(regencies.map((r) => [r.code, query.asOf ?? localDate(r.timeZone, now)]));
  return { regencies, scopeTz, scopeToday, todayOf };
}

/** Everything of the overview but the queues: stock and IKD per regency, summed for the scope
 *  and for each child region, and the IKD series (reads only stock and IKD tables). */
async function computeStockIkd(
  h: DbHandle,
  idx: RegionIndex,
  scope: string,
  region: Region | null,
  query: OverviewQuery,
  now: Date,
) {
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
    .$if(locations !== null, (q) => q.where('location_code', 'in', locations!))
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
        .$if(locations !== null, (q) => q.where('location_code', 'in', locations!))
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
        .$if(locations !== null, (q) => q.where('b.location_code', 'in', locations!))
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
    return { ...ikdSet.byCode.get(r.code)!, region: r, onHand: s.onHand, minimum: s.minimum, lastStockDay: s.lastDay };
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
 *  per office, per regency and province, and in total. */
async function computeQueueLoad(
  h: DbHandle,
  idx: RegionIndex,
  scope: string,
  region: Region | null,
  query: OverviewQuery,
  now: Date,
) {
  const { db } = h;
  const { scopeToday, todayOf } = scopeDays(idx, region, query, now);
  const todays = [...new Set(todayOf.values())].sort();
  const minToday = todays[0] ?? scopeToday;
  const maxToday = todays[todays.length - 1] ?? scopeToday;

  // --- queues --------------------------------------------------------------------------------
  const offices = await db
    .selectFrom('offices')
    .select(['id', 'name', 'regency_code', 'kind'])
    .$if(scope !== 'national' && !scope.includes('.'), (q) => q.where('province_code', '=', scope))
    .$if(scope.includes('.'), (q) => q.where('regency_code', '=', scope))
    .orderBy('id')
    .execute();
  const officeIds = offices.map((o) => o.id);
  const [counterRows, ticketRows] = officeIds.length
    ? await Promise.all([
        // one row per office (counted in SQL from a covering index), not one per counter
        db
          .selectFrom('counters')
          .select((eb) => [
            'counters.office_id',
            eb.fn.countAll<number>().as('n'),
            eb.fn.sum<number>('counters.is_open').as('open'),
            eb.fn
              .sum<number>(eb.case().when('counters.is_open', '=', 1).then(eb.ref('counters.capacity')).else(0).end())
              .as('capacity'),
          ])
          // the scope's offices as an IN list (no join): the covering index answers it per office,
          // and the nation reads the whole index in office order
          .$if(scope !== 'national', (q) => q.where('counters.office_id', 'in', officeIds))
          .groupBy('counters.office_id')
          .execute(),
        db
          .selectFrom('tickets')
          .select((eb) => ['tickets.office_id', 'tickets.day', 'tickets.status', eb.fn.countAll<number>().as('n')])
          .where('tickets.day', '>=', minToday)
          .where('tickets.day', '<=', maxToday)
          .$if(scope !== 'national', (q) => q.where('tickets.office_id', 'in', officeIds))
          .groupBy(['tickets.office_id', 'tickets.day', 'tickets.status'])
          .execute(),
      ])
    : [[], []];
  const queueOf = new Map<number, QueueFigures>(offices.map((o) => [o.id, { ...emptyQueue(), offices: 1 }]));
  for (const c of counterRows) {
    const q = queueOf.get(c.office_id)!;
    q.counters += toNum(c.n);
    q.openCounters += toNum(c.open);
    q.capacity += toNum(c.capacity);
  }
  const officeRegency = new Map(offices.map((o) => [o.id, o.regency_code]));
  for (const t of ticketRows) {
    const regency = officeRegency.get(t.office_id)!;
    if (t.day !== (todayOf.get(regency) ?? scopeToday)) continue;
    const q = queueOf.get(t.office_id)!;
    const n = toNum(t.n);
    if (t.status === 'WAITING') q.waiting += n;
    else if (t.status === 'CALLED') q.inService += n;
    else if (t.status === 'DONE') q.served += n;
    else if (t.status === 'NO_SHOW') q.noShow += n;
  }

  // per regency and per province, so each child region is one lookup
  const byRegion = new Map<string, QueueFigures>();
  const total = emptyQueue();
  for (const o of offices) {
    const q = queueOf.get(o.id)!;
    for (const code of [o.regency_code, o.regency_code.slice(0, 2)]) {
      let r = byRegion.get(code);
      if (!r) byRegion.set(code, (r = emptyQueue()));
      addQueue(r, q);
    }
    addQueue(total, q);
  }
  return {
    byRegion,
    total,
    offices:
      region?.level === 'regency'
        ? offices.map((o) => ({ id: o.id, name: o.name, kind: o.kind, ...queueOf.get(o.id)! }))
        : [],
  };
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
