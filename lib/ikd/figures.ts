import { toNum, type Db, type DbHandle } from '@/lib/db';
import { cached } from '@/lib/overview/cache';
import type { Region } from '@/lib/regions/queries';
import { addDays } from '@/lib/time';
import { effectiveTarget, ikdProgress, targetKeyMap, targetPersons, type IkdStatus } from './rules';
import { must } from '@/lib/must';

/** The IKD figures of SPEC §5 read from the maintained aggregates: ikd_month_totals for whole
 *  months before the earliest "today", ikd_daily for the rest, plus the baseline, the wajib KTP
 *  valid on each regency's today and the effective target. The overview, the IKD rankings and
 *  the regency page all read through here, so they always agree. */
export interface IkdRegencyFigures {
  code: string;
  today: string;
  wajibKtp: number;
  activations: number;
  activationsLast30: number;
  targetPercent: number;
  targetPersons: number;
  lastIkdDay: string | null;
}

export interface IkdFigureSet {
  byCode: Map<string, IkdRegencyFigures>;
  targets: Map<string, number>;
  baselineTotal: number;
  /** Σ ikd_month_totals of the set's regencies, every month */
  allTimeTotal: number;
  cutMonth: string;
}

/** `like` filters regency codes (`15.%`, `15.71` or null for the nation); `todayOf` holds each
 *  regency's "today" (its local date, or `asOf`). */
export async function loadIkdFigures(
  db: Db,
  like: string | null,
  regencies: Region[],
  todayOf: Map<string, string>,
): Promise<IkdFigureSet> {
  const h = await processHandleOf(db);
  if (!h) return computeIkdFigures(db, like, regencies, todayOf);
  const key = `ikd|${like}|${regencies.map((r) => `${r.code}=${todayOf.get(r.code) ?? ''}`).join(',')}`;
  return cached(h, key, ['ikd'], () => computeIkdFigures(db, like, regencies, todayOf));
}

/** The process-wide handle (lib/db getHandle) when `db` is its query builder, else null (a
 *  transaction or a test database: nothing is cached for those). Never opens a database. */
async function processHandleOf(db: Db): Promise<DbHandle | null> {
  const p = (globalThis as { __pantauDb?: Promise<DbHandle> }).__pantauDb;
  if (!p) return null;
  try {
    const h = await p;
    return h.db === db ? h : null;
  } catch {
    return null;
  }
}

async function computeIkdFigures(
  db: Db,
  like: string | null,
  regencies: Region[],
  todayOf: Map<string, string>,
): Promise<IkdFigureSet> {
  const todays = [...new Set(todayOf.values())].sort();
  const minToday = todays[0];
  const maxToday = todays[todays.length - 1];
  const cutMonth = minToday.slice(0, 7);
  const dailyFrom = [addDays(minToday, -29), `${cutMonth}-01`].sort()[0];
  // A scope's regencies as an IN list: a B-tree index serves it on both databases (PostgreSQL
  // cannot use one for `LIKE '15.%'` under a non-C collation such as C.UTF-8).
  const codes = like === null ? null : regencies.map((r) => r.code);
  const [popRows, targetRows, baselineRows, allTimeRows, laterRows, dailyRows] = await Promise.all([
    db
      .selectFrom('ikd_population')
      .select(['regency_code', 'valid_from', 'wajib_ktp'])
      .where('valid_from', '<=', maxToday)
      .$call((q) => (codes === null ? q : q.where('regency_code', 'in', codes)))
      .orderBy('valid_from')
      .execute(),
    db.selectFrom('ikd_targets').select(['scope_code', 'year', 'percent']).execute(),
    db
      .selectFrom('ikd_baselines')
      .selectAll()
      .$call((q) => (codes === null ? q : q.where('regency_code', 'in', codes)))
      .execute(),
    // Activations in the months before cutMonth = the all-time total (kept by a trigger,
    // migration 0006) minus the months from cutMonth on: the cost follows the distance to
    // today, not the length of the history.
    db
      .selectFrom('ikd_regency_totals')
      .select(['regency_code', 'total'])
      .$call((q) => (codes === null ? q : q.where('regency_code', 'in', codes)))
      .execute(),
    db
      .selectFrom('ikd_month_totals')
      .select((eb) => ['regency_code', eb.fn.sum<number>('total').as('total')])
      .where('month', '>=', cutMonth)
      .$call((q) => (codes === null ? q : q.where('regency_code', 'in', codes)))
      .groupBy('regency_code')
      .execute(),
    db
      .selectFrom('ikd_daily')
      .select((eb) => ['regency_code', 'day', eb.fn.sum<number>('count').as('n')])
      .where('day', '>=', dailyFrom)
      .where('day', '<=', maxToday)
      .$call((q) => (codes === null ? q : q.where('regency_code', 'in', codes)))
      // in the order of the index that serves it: (day, regency_code, count) for the nation,
      // the primary key (regency_code, day, …) for a scope's IN list; no sort either way
      .$if(codes === null, (q) => q.groupBy(['day', 'regency_code']))
      .$if(codes !== null, (q) => q.groupBy(['regency_code', 'day']))
      .execute(),
  ]);
  const wajibOf = new Map<string, number>();
  for (const p of popRows) {
    if (p.valid_from <= (todayOf.get(p.regency_code) ?? maxToday)) wajibOf.set(p.regency_code, Number(p.wajib_ktp));
  }
  const targets = targetKeyMap(
    targetRows.map((t) => ({ scopeCode: t.scope_code, year: Number(t.year), percent: Number(t.percent) })),
  );
  const inScope = new Set(regencies.map((r) => r.code));
  const activationsOf = new Map<string, number>();
  let allTimeTotal = 0;
  for (const m of allTimeRows) {
    if (!inScope.has(m.regency_code)) continue;
    activationsOf.set(m.regency_code, toNum(m.total));
    allTimeTotal += toNum(m.total);
  }
  for (const m of laterRows)
    activationsOf.set(m.regency_code, (activationsOf.get(m.regency_code) ?? 0) - toNum(m.total));
  let baselineTotal = 0;
  for (const b of baselineRows) {
    if (b.as_of <= (todayOf.get(b.regency_code) ?? maxToday)) {
      activationsOf.set(b.regency_code, (activationsOf.get(b.regency_code) ?? 0) + Number(b.activations));
      baselineTotal += Number(b.activations);
    }
  }
  const last30Of = new Map<string, number>();
  const lastIkdDayOf = new Map<string, string>();
  const last30From = new Map(todays.map((t) => [t, addDays(t, -30)]));
  for (const d of dailyRows) {
    const today = todayOf.get(d.regency_code);
    if (!today || d.day > today) continue;
    const n = toNum(d.n);
    if (d.day >= `${cutMonth}-01`) activationsOf.set(d.regency_code, (activationsOf.get(d.regency_code) ?? 0) + n);
    if (d.day > must(last30From.get(today), `last30From ${today}`))
      last30Of.set(d.regency_code, (last30Of.get(d.regency_code) ?? 0) + n);
    const prev = lastIkdDayOf.get(d.regency_code);
    if (!prev || d.day > prev) lastIkdDayOf.set(d.regency_code, d.day);
  }
  const byCode = new Map<string, IkdRegencyFigures>();
  for (const r of regencies) {
    const today = todayOf.get(r.code) ?? maxToday;
    const wajibKtp = wajibOf.get(r.code) ?? 0;
    const targetPercent = effectiveTarget(targets, r.code, Number(today.slice(0, 4)));
    byCode.set(r.code, {
      code: r.code,
      today,
      wajibKtp,
      activations: activationsOf.get(r.code) ?? 0,
      activationsLast30: last30Of.get(r.code) ?? 0,
      targetPercent,
      targetPersons: targetPersons(targetPercent, wajibKtp),
      lastIkdDay: lastIkdDayOf.get(r.code) ?? null,
    });
  }
  return { byCode, targets, baselineTotal, allTimeTotal, cutMonth };
}

export interface IkdAggregate {
  wajibKtp: number;
  activations: number;
  percent: number;
  targetPercent: number;
  targetPersons: number;
  gapPersons: number;
  pace30: number;
  requiredDailyPace: number;
  projectedTargetDate: string | null;
  status: IkdStatus;
}

/** A regency, a province or the nation: sums of activations, wajib KTP and target persons,
 *  then the formulas (never an average of percentages). */
export function aggregateIkd(rows: IkdRegencyFigures[], today: string): IkdAggregate {
  const sum = (f: (r: IkdRegencyFigures) => number) => rows.reduce((s, r) => s + f(r), 0);
  const wajibKtp = sum((r) => r.wajibKtp);
  const activations = sum((r) => r.activations);
  const tPersons = sum((r) => r.targetPersons);
  const p = ikdProgress({
    activations,
    wajibKtp,
    targetPersons: tPersons,
    activationsLast30: sum((r) => r.activationsLast30),
    today,
  });
  return {
    wajibKtp,
    activations,
    percent: p.percent,
    targetPercent: rows.length === 1 ? rows[0].targetPercent : wajibKtp > 0 ? (tPersons / wajibKtp) * 100 : 0,
    targetPersons: tPersons,
    gapPersons: p.gapPersons,
    pace30: p.pace30,
    requiredDailyPace: p.requiredDailyPace,
    projectedTargetDate: p.projectedTargetDate,
    status: p.status,
  };
}

/** Months the monthly series shows: the current month and the 59 before it (five years; the
 *  demo's history is shorter), so neither the answer nor its cost grows with the history. */
export const SERIES_MONTHS = 60;

/** Cumulative activations at the end of each of the months before `cutMonth` that are in the
 *  series window (the last SERIES_MONTHS), then the current month (`lastMonth`,
 *  `lastActivations`), each with the target in persons of that month's year. */
export async function ikdMonthlySeries(
  db: Db,
  like: string | null,
  set: IkdFigureSet,
  lastMonth: string,
  lastActivations: number,
): Promise<{ month: string; activations: number; target: number }[]> {
  const h = await processHandleOf(db);
  const codes = like === null ? null : [...set.byCode.keys()];
  const from = addMonths(set.cutMonth, -(SERIES_MONTHS - 1));
  const months = h
    ? await cached(h, `ikdmonths|${like}|${from}`, ['ikd'], () => monthTotals(db, codes, from))
    : await monthTotals(db, codes, from);
  const rows = [...set.byCode.values()];
  const byYear = new Map<number, number>(); // one sum over the regencies per year, not per month
  const targetAt = (year: number) => {
    let t = byYear.get(year);
    if (t === undefined) {
      t = rows.reduce((s, r) => s + targetPersons(effectiveTarget(set.targets, r.code, year), r.wajibKtp), 0);
      byYear.set(year, t);
    }
    return t;
  };
  // everything before the window: the all-time total minus the months from the window on
  let cumulative = set.baselineTotal + set.allTimeTotal - months.reduce((s, m) => s + m.total, 0);
  const series = months
    .filter((m) => m.month < set.cutMonth)
    .map((m) => {
      cumulative += m.total;
      return { month: m.month, activations: cumulative, target: targetAt(Number(m.month.slice(0, 4))) };
    });
  series.push({ month: lastMonth, activations: lastActivations, target: targetAt(Number(lastMonth.slice(0, 4))) });
  return series;
}

/** `month` (YYYY-MM) moved by `n` months. */
function addMonths(month: string, n: number): string {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Month totals of the regencies `codes` (null: all), from `from` on, oldest first. */
async function monthTotals(db: Db, codes: string[] | null, from: string) {
  const rows = await db
    .selectFrom('ikd_month_totals')
    .select((eb) => ['month', eb.fn.sum<number>('total').as('total')])
    .where('month', '>=', from)
    .$call((q) => (codes === null ? q : q.where('regency_code', 'in', codes)))
    .groupBy('month')
    .orderBy('month')
    .execute();
  return rows.map((m) => ({ month: m.month, total: toNum(m.total) }));
}

/** SQL LIKE pattern for the regency codes of a scope (null for the nation). */
export function regencyLike(scope: string): string | null {
  if (scope === 'national') return null;
  return scope.includes('.') ? scope : `${scope}.%`;
}
