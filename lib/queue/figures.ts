/** The figures of SPEC §6 per counter and office for one local day (`asOf`, default each
 *  office's today), from grouped queries over that day's tickets of the offices in scope (the
 *  index on tickets(office_id, day, status) keeps this to one day's rows per office). */
import { sql, type RawBuilder } from 'kysely';
import { errors } from '@/lib/api/errors';
import { getHandle, toNum, type DbHandle, type DbKind } from '@/lib/db';
import { assertCan, homeScope, type Actor } from '@/lib/auth/permissions';
import { regionIndex } from '@/lib/regions/queries';
import { addDays, localDate, localHour, localInstant, ZONES } from '@/lib/time';
import { percentOf, round1 } from '@/lib/format';
import { cached } from '@/lib/overview/cache';
import { SERVICE_LEVEL_MINUTES, SERVICES, type Service } from './rules';
import { parseServices } from './office-row';

export interface CounterFigures {
  id: number;
  name: string;
  services: Service[];
  isOpen: boolean;
  capacity: number;
  waiting: number;
  served: number;
  noShows: number;
  /** percent: served / capacity × 100 */
  utilization: number;
  avgWaitMin: number | null;
  longestWaitMin: number | null;
  avgServiceMin: number | null;
  /** percent of this counter's called tickets called within 15 minutes of issue */
  serviceLevel: number | null;
  current: { id: number; number: string; service: Service; calledAt: string } | null;
}

export interface OfficeFigures {
  id: number;
  name: string;
  kind: string;
  regencyCode: string;
  regencyName: string;
  timeZone: string;
  opensAt: string;
  closesAt: string;
  day: string;
  issued: number;
  waiting: number;
  waitingByService: Record<Service, number>;
  inService: number;
  served: number;
  noShows: number;
  /** daily capacity of the open counters */
  capacity: number;
  /** what the open counters can still serve today: capacity − served − in service */
  remainingCapacity: number;
  utilization: number;
  avgWaitMin: number | null;
  longestWaitNowMin: number | null;
  /** issue time of the oldest ticket still waiting (null when none waits) */
  oldestWaitingAt: string | null;
  avgServiceMin: number | null;
  serviceLevel: number | null;
  /** waiting > remaining capacity: residents who will not be served today */
  overloaded: boolean;
  counters: CounterFigures[];
}

export interface HourPoint {
  hour: number;
  issued: number;
  served: number;
}

/** Seconds from timestamp column `a` to `b` (ISO text on both databases). */
export function secs(kind: DbKind, a: string, b: string): RawBuilder<number> {
  return kind === 'postgres'
    ? sql<number>`extract(epoch from (${sql.ref(b)}::timestamptz - ${sql.ref(a)}::timestamptz))`
    : sql<number>`((julianday(${sql.ref(b)}) - julianday(${sql.ref(a)})) * 86400.0)`;
}

interface OfficeInput {
  id: number;
  queue_version: number;
  name: string;
  kind: string;
  regency_code: string;
  opens_at: string;
  closes_at: string;
}

/** Figures of `offices` for the day `dayOf(office)`, read from that day's tickets
 *  (`longestWaitNowMin` is filled in by `officeFigures`, as it depends on the time of asking). */
async function computeFigures(
  h: DbHandle,
  offices: OfficeInput[],
  dayOf: (o: { regencyCode: string; timeZone: string }) => string,
): Promise<OfficeFigures[]> {
  if (offices.length === 0) return [];
  const idx = await regionIndex(h);
  const ids = offices.map((o) => Number(o.id));
  const meta = offices.map((o) => {
    const tz = idx.byCode.get(o.regency_code)?.timeZone ?? 'Asia/Jakarta';
    return { o, tz, day: dayOf({ regencyCode: o.regency_code, timeZone: tz }) };
  });
  const days = [...new Set(meta.map((m) => m.day))];
  const wait = secs(h.kind, 'issued_at', 'called_at');
  const service = secs(h.kind, 'called_at', 'done_at');
  const slSecs = SERVICE_LEVEL_MINUTES * 60;
  // the tickets of these offices on each office's local today
  const tickets = () => h.db.selectFrom('tickets').where('office_id', 'in', ids).where('day', 'in', days);
  const [counters, byCounter, byService, current] = await Promise.all([
    h.db.selectFrom('counters').selectAll().where('office_id', 'in', ids).orderBy('id').execute(),
    tickets()
      .select((eb) => [
        'office_id',
        'day',
        'counter_id',
        eb.fn.countAll<number>().as('called'),
        sql<number>`sum(case when status = 'DONE' then 1 else 0 end)`.as('served'),
        sql<number>`sum(case when status = 'NO_SHOW' then 1 else 0 end)`.as('no_shows'),
        sql<number>`sum(${wait})`.as('wait_sum'),
        sql<number>`max(${wait})`.as('wait_max'),
        sql<number>`sum(case when ${wait} <= ${slSecs} then 1 else 0 end)`.as('within'),
        sql<number>`sum(case when status = 'DONE' then ${service} else 0 end)`.as('service_sum'),
      ])
      .where('called_at', 'is not', null)
      .where('counter_id', 'is not', null)
      .groupBy(['office_id', 'day', 'counter_id'])
      .execute(),
    tickets()
      .select((eb) => ['office_id', 'day', 'service', eb.fn.countAll<number>().as('issued')])
      .select(sql<number>`sum(case when status = 'WAITING' then 1 else 0 end)`.as('waiting'))
      .select(sql<string | null>`min(case when status = 'WAITING' then issued_at end)`.as('oldest_waiting'))
      .groupBy(['office_id', 'day', 'service'])
      .execute(),
    tickets()
      .select(['id', 'office_id', 'day', 'counter_id', 'code', 'service', 'called_at'])
      .where('status', '=', 'CALLED')
      .execute(),
  ]);

  // rows by office (one pass each), so a national scope costs O(rows), not O(offices × rows)
  const groupBy = <T>(rows: T[], key: (r: T) => number) => {
    const m = new Map<number, T[]>();
    for (const r of rows) {
      const k = key(r);
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
    return m;
  };
  const countersOf = groupBy(counters, (c) => Number(c.office_id));
  const byCounterOf = groupBy(byCounter, (r) => Number(r.office_id));
  const byServiceOf = groupBy(byService, (r) => Number(r.office_id));
  const currentOf = groupBy(current, (t) => Number(t.office_id));

  return meta.map(({ o, tz, day }) => {
    const officeId = Number(o.id);
    const waitingByService = Object.fromEntries(SERVICES.map((s) => [s, 0])) as Record<Service, number>;
    let issued = 0;
    let oldest: string | null = null;
    const officeCurrent = (currentOf.get(officeId) ?? []).filter((t) => t.day === day);
    const officeByCounter = byCounterOf.get(officeId) ?? [];
    for (const r of byServiceOf.get(officeId) ?? []) {
      if (r.day !== day) continue;
      issued += toNum(r.issued);
      if ((SERVICES as readonly string[]).includes(r.service))
        waitingByService[r.service as Service] += toNum(r.waiting);
      if (r.oldest_waiting && (!oldest || r.oldest_waiting < oldest)) oldest = r.oldest_waiting;
    }
    const mine = countersOf.get(officeId) ?? [];
    const totals = {
      called: 0,
      served: 0,
      noShows: 0,
      waitSum: 0,
      waitMax: null as number | null,
      within: 0,
      serviceSum: 0,
    };
    const counterFigures: CounterFigures[] = mine.map((c) => {
      const r = officeByCounter.find((x) => Number(x.counter_id) === Number(c.id) && x.day === day);
      const called = toNum(r?.called);
      const served = toNum(r?.served);
      const noShows = toNum(r?.no_shows);
      const waitSum = toNum(r?.wait_sum);
      const waitMax = r && r.wait_max !== null ? toNum(r.wait_max) : null;
      const within = toNum(r?.within);
      const serviceSum = toNum(r?.service_sum);
      totals.called += called;
      totals.served += served;
      totals.noShows += noShows;
      totals.waitSum += waitSum;
      totals.within += within;
      totals.serviceSum += serviceSum;
      if (waitMax !== null) totals.waitMax = Math.max(totals.waitMax ?? 0, waitMax);
      const services = parseServices(c.services);
      const cur = officeCurrent.find((t) => Number(t.counter_id) === Number(c.id));
      return {
        id: Number(c.id),
        name: c.name,
        services,
        isOpen: Number(c.is_open) === 1,
        capacity: Number(c.capacity),
        waiting: services.reduce((n, s) => n + waitingByService[s], 0),
        served,
        noShows,
        utilization: percentOf(served, Number(c.capacity), 0),
        avgWaitMin: called ? round1(waitSum / called / 60) : null,
        longestWaitMin: waitMax === null ? null : round1(waitMax / 60),
        avgServiceMin: served ? round1(serviceSum / served / 60) : null,
        serviceLevel: called ? percentOf(within, called, 0) : null,
        current: cur
          ? { id: Number(cur.id), number: cur.code, service: cur.service as Service, calledAt: cur.called_at ?? '' }
          : null,
      };
    });
    const open = counterFigures.filter((c) => c.isOpen);
    const capacity = open.reduce((n, c) => n + c.capacity, 0);
    const remainingCapacity = open.reduce((n, c) => n + Math.max(0, c.capacity - c.served - (c.current ? 1 : 0)), 0);
    const waiting = SERVICES.reduce((n, s) => n + waitingByService[s], 0);
    const inService = officeCurrent.length;
    return {
      id: officeId,
      name: o.name,
      kind: o.kind,
      regencyCode: o.regency_code,
      regencyName: idx.byCode.get(o.regency_code)?.name ?? o.regency_code,
      timeZone: tz,
      opensAt: o.opens_at,
      closesAt: o.closes_at,
      day,
      issued,
      waiting,
      waitingByService,
      inService,
      served: totals.served,
      noShows: totals.noShows,
      capacity,
      remainingCapacity,
      utilization: percentOf(totals.served, capacity, 0),
      avgWaitMin: totals.called ? round1(totals.waitSum / totals.called / 60) : null,
      longestWaitNowMin: null,
      oldestWaitingAt: oldest,
      avgServiceMin: totals.served ? round1(totals.serviceSum / totals.served / 60) : null,
      serviceLevel: totals.called ? percentOf(totals.within, totals.called, 0) : null,
      overloaded: waiting > remainingCapacity,
      counters: counterFigures,
    };
  });
}

/** Tickets issued and served per local hour of the day, per office. */
async function hourlyByOffice(h: DbHandle, offices: OfficeFigures[]): Promise<Map<number, HourPoint[]>> {
  const result = new Map<number, HourPoint[]>(offices.map((o) => [o.id, []]));
  if (offices.length === 0) return result;
  const ids = offices.map((o) => o.id);
  const days = [...new Set(offices.map((o) => o.day))];
  const hourOf = (col: string) => sql<string>`substr(${sql.ref(col)}, 1, 13)`;
  const [issued, served] = await Promise.all([
    h.db
      .selectFrom('tickets')
      .select((eb) => ['office_id', 'day', hourOf('issued_at').as('h'), eb.fn.countAll<number>().as('n')])
      .where('office_id', 'in', ids)
      .where('day', 'in', days)
      .groupBy(['office_id', 'day', hourOf('issued_at')])
      .execute(),
    h.db
      .selectFrom('tickets')
      .select((eb) => ['office_id', 'day', hourOf('done_at').as('h'), eb.fn.countAll<number>().as('n')])
      .where('office_id', 'in', ids)
      .where('day', 'in', days)
      .where('status', '=', 'DONE')
      .groupBy(['office_id', 'day', hourOf('done_at')])
      .execute(),
  ]);
  const byId = new Map(offices.map((o) => [o.id, o]));
  const add = (rows: { office_id: number; day: string; h: string; n: number }[], key: 'issued' | 'served') => {
    for (const r of rows) {
      const o = byId.get(Number(r.office_id));
      if (!o || o.day !== r.day || !r.h) continue;
      const hour = localHour(o.timeZone, Date.parse(`${r.h}:00:00Z`));
      const points = result.get(o.id) ?? [];
      let p = points.find((x) => x.hour === hour);
      if (!p) {
        p = { hour, issued: 0, served: 0 };
        points.push(p);
      }
      p[key] += toNum(r.n);
      result.set(o.id, points);
    }
  };
  add(issued, 'issued');
  add(served, 'served');
  return result;
}

function sumHourly(series: HourPoint[][]): HourPoint[] {
  const points = new Map<number, HourPoint>();
  for (const s of series)
    for (const p of s) {
      const q = points.get(p.hour) ?? { hour: p.hour, issued: 0, served: 0 };
      q.issued += p.issued;
      q.served += p.served;
      points.set(p.hour, q);
    }
  return [...points.values()].sort((a, b) => a.hour - b.hour);
}

/** Live figures without re-reading the day's tickets on every refresh of every screen: each
 *  office's figures are kept per (day, queue_version) and recomputed only after a write to that
 *  office bumped its version (lib/queue/office-row.ts). The version lives in the database, so several
 *  app instances each stay correct; what each keeps in memory is only a cache. */
interface CacheEntry {
  day: string;
  version: number;
  figures: OfficeFigures;
  hourly: HourPoint[];
}
const caches = new WeakMap<DbHandle, Map<number, CacheEntry>>();

/** Figures of `offices` for the day `dayOf(office)`; `now` bounds "longest wait now" (a past
 *  day is measured at its end). */
export async function officeFigures(
  h: DbHandle,
  offices: OfficeInput[],
  dayOf: (o: { regencyCode: string; timeZone: string }) => string,
  now: Date,
  opts: { longestWait?: boolean } = {},
): Promise<{ figures: OfficeFigures[]; hourly: Map<number, HourPoint[]> }> {
  let cache = caches.get(h);
  if (!cache) {
    cache = new Map();
    caches.set(h, cache);
  }
  const idx = await regionIndex(h);
  const dayOfOffice = (o: OfficeInput) => {
    const tz = idx.byCode.get(o.regency_code)?.timeZone ?? 'Asia/Jakarta';
    return dayOf({ regencyCode: o.regency_code, timeZone: tz });
  };
  const stale = offices.filter((o) => {
    const c = cache.get(Number(o.id));
    return !c || c.day !== dayOfOffice(o) || c.version !== Number(o.queue_version);
  });
  if (stale.length > 0) {
    const fresh = await computeFigures(h, stale, dayOf);
    const hourly = await hourlyByOffice(h, fresh);
    stale.forEach((o, i) => {
      const f = fresh[i];
      cache.set(f.id, { day: f.day, version: Number(o.queue_version), figures: f, hourly: hourly.get(f.id) ?? [] });
    });
  }
  const figures: OfficeFigures[] = [];
  const hourly = new Map<number, HourPoint[]>();
  for (const o of offices) {
    const c = cache.get(Number(o.id)) as CacheEntry;
    figures.push(opts.longestWait === false ? c.figures : withLongestWait(c.figures, now));
    hourly.set(c.figures.id, c.hourly);
  }
  return { figures, hourly };
}

/** The office's figures with "longest wait now" measured at `now` (a past day at its end). */
function withLongestWait(f: OfficeFigures, now: Date): OfficeFigures {
  const endOfDay = localInstant(f.timeZone, addDays(f.day, 1), '00:00').getTime();
  const at = Math.min(now.getTime(), endOfDay);
  const oldest = f.oldestWaitingAt;
  return { ...f, longestWaitNowMin: oldest ? round1(Math.max(0, at - Date.parse(oldest)) / 60_000) : null };
}

/** Every office of a scope with its figures (without "longest wait now", which depends on the
 *  moment asked), overloaded and longest queues first, the totals and the hourly series. */
async function scopeFigures(h: DbHandle, scope: string, asOf: string | undefined, now: Date) {
  const offices = await h.db
    .selectFrom('offices')
    .select(['id', 'name', 'kind', 'regency_code', 'opens_at', 'closes_at', 'queue_version'])
    .$if(scope !== 'national' && !scope.includes('.'), (q) => q.where('province_code', '=', scope))
    .$if(scope.includes('.'), (q) => q.where('regency_code', '=', scope))
    .orderBy('id')
    .execute();
  // One local day per time zone (three in Indonesia), not one per office; "longest wait now"
  // only for the offices of the page: a nation has ≈ 7,800 offices.
  const dayOfZone = new Map<string, string>();
  const dayOf = (o: { timeZone: string }) => {
    let day = dayOfZone.get(o.timeZone);
    if (day === undefined) dayOfZone.set(o.timeZone, (day = asOf ?? localDate(o.timeZone, now)));
    return day;
  };
  const { figures: unsorted, hourly } = await officeFigures(h, offices, dayOf, now, { longestWait: false });
  const figures = [...unsorted];
  // SPEC §13: overloaded first, then the longest wait now (the oldest ticket still waiting)
  const oldest = (f: OfficeFigures) => (f.oldestWaitingAt === null ? Infinity : Date.parse(f.oldestWaitingAt));
  figures.sort(
    (a, b) =>
      Number(b.overloaded) - Number(a.overloaded) || oldest(a) - oldest(b) || b.waiting - a.waiting || a.id - b.id,
  );
  const sum = (k: 'issued' | 'waiting' | 'inService' | 'served' | 'noShows' | 'capacity' | 'remainingCapacity') =>
    figures.reduce((n, o) => n + o[k], 0);
  const totals = {
    offices: figures.length,
    counters: figures.reduce((n, o) => n + o.counters.length, 0),
    openCounters: figures.reduce((n, o) => n + o.counters.filter((c) => c.isOpen).length, 0),
    overloadedOffices: figures.filter((o) => o.overloaded).length,
    issued: sum('issued'),
    waiting: sum('waiting'),
    inService: sum('inService'),
    served: sum('served'),
    noShows: sum('noShows'),
    capacity: sum('capacity'),
    remainingCapacity: sum('remainingCapacity'),
    utilization: percentOf(sum('served'), sum('capacity'), 0),
  };
  return { figures, totals, hourly: sumHourly([...hourly.values()]) };
}

/** GET /queue?scope=&asOf=: every office and counter of a region with the figures of SPEC §6,
 *  overloaded offices first, plus totals and the issued/served-per-hour series. */
export async function getQueue(
  actor: Actor,
  query: { scope?: string; asOf?: string; limit?: number; cursor?: string; status?: 'overloaded' | 'normal' },
  handle?: DbHandle,
  now = new Date(),
) {
  const scope = query.scope ?? homeScope(actor);
  assertCan(actor, 'queue.read', scope);
  const h = handle ?? (await getHandle());
  const idx = await regionIndex(h);
  const region = scope === 'national' ? null : idx.byCode.get(scope);
  if (scope !== 'national' && (!region || region.level === 'district'))
    throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  // The scope's sorted office figures, totals and hourly series, computed once per data version
  // (every queue write bumps it) and local day: the nation has ≈ 7,800 offices, and a supervisor
  // view refreshes every 3 s. Concurrent requests share one computation.
  const days = query.asOf ?? ZONES.map((z) => localDate(z, now)).join(',');
  const {
    figures: all,
    totals,
    hourly,
  } = await cached(h, `queue|${scope}|${days}`, ['queue'], () => scopeFigures(h, scope, query.asOf, now));
  const figures = query.status ? all.filter((f) => f.overloaded === (query.status === 'overloaded')) : all;
  // Without a limit (exports, tests) every office; the API and the page ask for one page.
  const offset = Math.min(Number(query.cursor ?? 0), figures.length);
  const end = query.limit === undefined ? figures.length : Math.min(figures.length, offset + query.limit);
  return {
    scope,
    name: region ? region.name : 'Indonesia',
    asOf: query.asOf ?? null,
    totals,
    offices: figures.slice(offset, end).map((f) => withLongestWait(f, now)),
    page: { offset, count: end - offset, total: figures.length, nextCursor: end < figures.length ? String(end) : null },
    hourly,
  };
}
