import { z } from 'zod';
import { errors } from '@/lib/api/errors';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import { getHandle, toNum, type DbHandle } from '@/lib/db';
import { asOfParam } from '@/lib/overview/queries';
import { regionIndex, type Region, type RegionIndex } from '@/lib/regions/queries';
import { cached } from '@/lib/overview/cache';
import { addDays, localDate, ZONES } from '@/lib/time';
import {
  aggregateIkd,
  ikdMonthlySeries,
  loadIkdFigures,
  regencyLike,
  type IkdAggregate,
  type IkdRegencyFigures,
} from './figures';
import { CHANNELS, daysLeftInYear, defaultNationalTarget, SEGMENTS } from './rules';
import { regencyOf } from './regency';
import { listIkdCampaigns } from './writes';
import { must } from '@/lib/must';

/** IKD reads (SPEC §5, §8): rankings for a province or the nation, and a regency's page. */

export const ikdQuery = z.object({
  province: z
    .string()
    .regex(/^(national|\d{2})$/, 'province')
    .default('national'),
  asOf: asOfParam,
});
export type IkdQuery = z.infer<typeof ikdQuery>;
export const ikdRegencyQuery = z.object({ asOf: asOfParam });

export interface IkdRow extends IkdAggregate {
  rank: number;
  code: string;
  name: string;
  level: 'province' | 'regency';
  timeZone: string;
  /** the effective target in percent (a province: its target persons over its wajib KTP) */
  target: number;
  lastIkdDay: string | null;
}

function rowOf(region: Region, figures: IkdRegencyFigures[], today: string): Omit<IkdRow, 'rank'> {
  const agg = aggregateIkd(figures, today);
  const lastDays = figures
    .map((f) => f.lastIkdDay)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    code: region.code,
    name: region.name,
    level: region.level === 'province' ? 'province' : 'regency',
    timeZone: region.timeZone,
    ...agg,
    target: agg.targetPercent,
    lastIkdDay: lastDays.at(-1) ?? null,
  };
}

/** Highest percent first; ties by code, so the order is stable. */
function ranked(rows: Omit<IkdRow, 'rank'>[]): IkdRow[] {
  return [...rows]
    .sort((a, b) => b.percent - a.percent || a.code.localeCompare(b.code))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

/** GET /api/v1/ikd?province=CODE|national&asOf=: the ranking of a province's regencies (or, for
 *  the admin, of the 38 provinces), the scope's total and its monthly series against target.
 *  An officer reads its province's total and ranking position but only its own row. */
export async function getIkdRanking(actor: Actor, query: IkdQuery, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const idx = await regionIndex(h);
  const scope = query.province;
  const region = scope === 'national' ? null : idx.byCode.get(scope);
  if (region === undefined || (region && region.level !== 'province'))
    throw errors.notFound({ id: 'Provinsi', en: 'Province' });
  assertCan(actor, 'ikd.read', scope);
  // The ranking depends only on the scope, the day(s) and the data: computed once per data
  // version (lib/overview/cache.ts), then filtered for the caller.
  const days = query.asOf ?? ZONES.map((tz) => localDate(tz, now)).join(',');
  const full = await cached(h, `ikdrank|${scope}|${days}`, ['ikd'], () =>
    computeIkdRanking(h, idx, region, query, now),
  );
  return { ...full, rows: full.rows.filter((r) => can(actor, 'ikd.read', r.code)) };
}

async function computeIkdRanking(h: DbHandle, idx: RegionIndex, region: Region | null, query: IkdQuery, now: Date) {
  const scope = query.province;
  const regencies = region ? (idx.regenciesOf.get(region.code) ?? []) : idx.regencies;
  const todayOf = new Map(regencies.map((r) => [r.code, query.asOf ?? localDate(r.timeZone, now)]));
  const scopeToday = query.asOf ?? localDate(region?.timeZone ?? 'Asia/Jakarta', now);
  const like = regencyLike(scope);
  const set = await loadIkdFigures(h.db, like, regencies, todayOf);
  const all = [...set.byCode.values()];
  const total = aggregateIkd(all, scopeToday);
  const series = await ikdMonthlySeries(h.db, like, set, scopeToday.slice(0, 7), total.activations);
  const groups: Region[] = region ? regencies : idx.provinces;
  const byProvince = new Map<string, IkdRegencyFigures[]>();
  for (const f of all) {
    const p = f.code.split('.')[0];
    byProvince.set(p, [...(byProvince.get(p) ?? []), f]);
  }
  const rows = ranked(
    groups.map((g) => {
      const members =
        g.level === 'province' ? (byProvince.get(g.code) ?? []) : [must(set.byCode.get(g.code), `byCode ${g.code}`)];
      return rowOf(g, members, query.asOf ?? localDate(g.timeZone, now));
    }),
  );
  return {
    scope: {
      code: scope,
      name: region?.name ?? 'Indonesia',
      level: region ? 'province' : 'national',
      timeZone: region?.timeZone ?? 'Asia/Jakarta',
    },
    asOf: query.asOf ?? null,
    today: scopeToday,
    daysLeftInYear: daysLeftInYear(scopeToday),
    total: { ...total, target: total.targetPercent },
    rows,
    series: { monthly: series },
  };
}
export type IkdRanking = Awaited<ReturnType<typeof getIkdRanking>>;

/** Where a regency's effective target of a year comes from. */
function targetSource(targets: Map<string, number>, code: string, year: number) {
  const province = code.split('.')[0];
  if (targets.has(`${code}|${year}`)) return 'regency' as const;
  if (targets.has(`${province}|${year}`)) return 'province' as const;
  if (targets.has(`national|${year}`)) return 'national' as const;
  return 'default' as const;
}

/** GET /api/v1/ikd/{regencyCode}?asOf=: everything the regency IKD page shows. */
export async function getIkdRegency(
  actor: Actor,
  regencyCode: string,
  query: z.infer<typeof ikdRegencyQuery>,
  handle?: DbHandle,
  now = new Date(),
) {
  const h = handle ?? (await getHandle());
  const region = await regencyOf(h, regencyCode);
  assertCan(actor, 'ikd.read', region.code);
  const today = query.asOf ?? localDate(region.timeZone, now);
  // everything but the campaigns (read for the caller) is the same for every reader: computed
  // once per data version (lib/overview/cache.ts)
  const [page, campaigns] = await Promise.all([
    cached(h, `ikdregency|${region.code}|${today}`, ['ikd'], () => computeIkdRegency(h, region, today)),
    listIkdCampaigns(actor, region.code, h),
  ]);
  return { ...page, asOf: query.asOf ?? null, campaigns: campaigns.campaigns, campaignTotals: campaigns.totals };
}

async function computeIkdRegency(h: DbHandle, region: Region, today: string) {
  const idx = await regionIndex(h);
  const set = await loadIkdFigures(h.db, region.code, [region], new Map([[region.code, today]]));
  const fig = must(set.byCode.get(region.code), `byCode ${region.code}`);
  const figures = rowOf(region, [fig], today);
  const year = Number(today.slice(0, 4));
  const from = addDays(today, -59);
  const [series, dailyRows, allTimeRows, laterRows, population, baseline] = await Promise.all([
    ikdMonthlySeries(h.db, region.code, set, today.slice(0, 7), fig.activations),
    h.db
      .selectFrom('ikd_daily')
      .select((eb) => ['day', eb.fn.sum<number>('count').as('n')])
      .where('regency_code', '=', region.code)
      .where('day', '>=', from)
      .where('day', '<=', today)
      .groupBy('day')
      .execute(),
    // the breakdown up to today: the all-time totals (kept by a trigger, migration 0006) minus
    // the days after today, so its cost does not grow with the length of the history
    h.db
      .selectFrom('ikd_breakdown_totals')
      .select(['segment', 'channel', 'total as n'])
      .where('regency_code', '=', region.code)
      .execute(),
    h.db
      .selectFrom('ikd_daily')
      .select((eb) => ['segment', 'channel', eb.fn.sum<number>('count').as('n')])
      .where('regency_code', '=', region.code)
      .where('day', '>', today)
      .groupBy(['segment', 'channel'])
      .execute(),
    h.db
      .selectFrom('ikd_population')
      .select(['valid_from', 'wajib_ktp'])
      .where('regency_code', '=', region.code)
      .orderBy('valid_from')
      .execute(),
    h.db.selectFrom('ikd_baselines').selectAll().where('regency_code', '=', region.code).executeTakeFirst(),
  ]);
  const perDay = new Map(dailyRows.map((d) => [d.day, toNum(d.n)]));
  const daily = Array.from({ length: 60 }, (_, i) => {
    const day = addDays(from, i);
    return { day, activations: perDay.get(day) ?? 0 };
  });
  const sumOf = (rows: { segment: string; channel: string; n: unknown }[], s: string, c: string) =>
    toNum(rows.find((b) => b.segment === s && b.channel === c)?.n);
  const cell = (s: string, c: string) => sumOf(allTimeRows, s, c) - sumOf(laterRows, s, c);
  const bySegment = SEGMENTS.map((segment) => ({
    segment,
    activations: CHANNELS.reduce((s, c) => s + cell(segment, c), 0),
  }));
  const byChannel = CHANNELS.map((channel) => ({
    channel,
    activations: SEGMENTS.reduce((s, g) => s + cell(g, channel), 0),
  }));
  const province = idx.byCode.get(region.provinceCode);
  return {
    scope: {
      code: region.code,
      name: region.name,
      level: 'regency' as const,
      timeZone: region.timeZone,
      parent: { code: region.provinceCode, name: province?.name ?? '' },
    },
    asOf: null as string | null,
    today,
    daysLeftInYear: daysLeftInYear(today),
    figures,
    target: {
      year,
      percent: fig.targetPercent,
      source: targetSource(set.targets, region.code, year),
      nationalDefault: defaultNationalTarget(year),
    },
    series: { monthly: series, daily },
    breakdown: { bySegment, byChannel, baseline: baseline ? Number(baseline.activations) : 0 },
    population: population.map((p) => ({ validFrom: p.valid_from, wajibKtp: Number(p.wajib_ktp) })),
    baseline: baseline ? { asOf: baseline.as_of, activations: Number(baseline.activations) } : null,
  };
}
export type IkdRegency = Awaited<ReturnType<typeof getIkdRegency>>;
