/** SPEC §15: what anyone may read without signing in. Only figures: no names of people, notes,
 *  references or ledger rows ever leave this file. Computed once per data version (several
 *  instances agree through the database's versions, lib/overview/cache.ts), so a crowd on the
 *  public page costs a version read per request, not a computation. */
import { z } from 'zod';
import { errors } from '@/lib/api/errors';
import { toNum, type DbHandle } from '@/lib/db';
import { cached } from '@/lib/overview/cache';
import { loadIkdFigures } from '@/lib/ikd/figures';
import { regionIndex, type Region } from '@/lib/regions/queries';
import {
  ITEM_BLANGKO,
  DEFAULT_MINIMUM,
  OVERDUE_DAYS,
  stockForecast,
  stockStatus,
  type StockStatus,
} from '@/lib/stock/rules';
import { usedLast30Days } from '@/lib/stock/queries';
import { parseServices } from '@/lib/queue/office-row';
import { secs } from '@/lib/queue/figures';
import { SERVICES, type Service } from '@/lib/queue/rules';
import { estimatedWaitMinutes, SERVICE_SAMPLE } from '@/lib/queue/wait';
import { addDays, localDate, ZONES } from '@/lib/time';
import { percentOf, round1 } from '@/lib/format';
import { must } from '@/lib/must';

export const publicSummaryQuery = z.object({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
export const publicOfficesQuery = z.object({ regency: z.string().regex(/^\d{2}\.\d{2}$/) });

/** One regency's public figures (and the sums a province adds up). */
interface RegencyFigures {
  code: string;
  name: string;
  provinceCode: string;
  today: string;
  onHand: number;
  minimum: number;
  avgDailyUse: number;
  activations: number;
  wajibKtp: number;
  targetPercent: number;
  targetPersons: number;
  lastStockDay: string | null;
  lastIkdDay: string | null;
  overdue: boolean;
}

export interface PublicRegion {
  code: string;
  name: string;
  stockStatus: StockStatus;
  /** on hand ÷ average daily use of the last 30 days (null without use) */
  daysOfCover: number | null;
  /** activations ÷ wajib KTP × 100 */
  ikdPercent: number;
  /** the effective target, percent of wajib KTP */
  ikdTarget: number;
  /** local date of the latest stock movement or IKD day; for a province the oldest of its
   *  regencies' (its figures are at least that fresh) */
  lastUpdated: string | null;
}

/** A province's tile on the map (components/TileMap.tsx): the three measures of SPEC §15. */
export interface ProvinceTile {
  code: string;
  name: string;
  regencies: number;
  /** percent of its regencies below minimum (OUT included) */
  belowMinimumShare: number;
  /** Σ activations ÷ Σ target persons × 100 */
  ikdOfTarget: number;
  /** regencies whose stock or IKD figures are more than 2 days old */
  overdue: number;
}

/** Every regency's public figures, each on its own local date. */
async function regencyFigures(h: DbHandle, now: Date): Promise<RegencyFigures[]> {
  const days = ZONES.map((tz) => localDate(tz, now)).join(',');
  return cached(h, `public|${days}`, ['stock', 'ikd'], async () => {
    const idx = await regionIndex(h);
    const regencies = idx.regencies;
    const todayOf = new Map(regencies.map((r) => [r.code, localDate(r.timeZone, now)]));
    const [balances, usedOf, ikd] = await Promise.all([
      h.db
        .selectFrom('stock_balances')
        .select(['location_code', 'on_hand', 'minimum', 'last_movement_at'])
        .where('item', '=', ITEM_BLANGKO)
        .execute(),
      usedLast30Days(h, ITEM_BLANGKO, todayOf, null),
      loadIkdFigures(h.db, null, regencies, todayOf),
    ]);
    // loadIkdFigures looks at the last 30 days only; the latest IKD day of a regency quiet for
    // longer comes from its own rows (few regencies, read once per data version)
    const quiet = regencies.filter((r) => !ikd.byCode.get(r.code)?.lastIkdDay).map((r) => r.code);
    const older = quiet.length
      ? await h.db
          .selectFrom('ikd_daily')
          .select((eb) => ['regency_code', eb.fn.max('day').as('day')])
          .where('regency_code', 'in', quiet)
          .groupBy('regency_code')
          .execute()
      : [];
    const olderIkdDay = new Map(older.map((o) => [o.regency_code, o.day as string]));
    const bal = new Map(balances.map((b) => [b.location_code, b]));
    return regencies.map((r) => {
      const today = must(todayOf.get(r.code), `todayOf ${r.code}`);
      const b = bal.get(r.code);
      const onHand = b ? Number(b.on_hand) : 0;
      const lastStockDay = b?.last_movement_at ? localDate(r.timeZone, new Date(b.last_movement_at)) : null;
      const i = must(ikd.byCode.get(r.code), `byCode ${r.code}`);
      const limit = addDays(today, -OVERDUE_DAYS);
      return {
        code: r.code,
        name: r.name,
        provinceCode: r.provinceCode,
        today,
        onHand,
        minimum: b ? Number(b.minimum) : DEFAULT_MINIMUM,
        avgDailyUse: stockForecast(onHand, usedOf.get(r.code) ?? 0, today).avgDailyUse,
        activations: i.activations,
        wajibKtp: i.wajibKtp,
        targetPercent: i.targetPercent,
        targetPersons: i.targetPersons,
        lastStockDay,
        lastIkdDay: i.lastIkdDay ?? olderIkdDay.get(r.code) ?? null,
        overdue: !lastStockDay || lastStockDay < limit || !i.lastIkdDay || i.lastIkdDay < limit,
      };
    });
  });
}

const latest = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** A regency's row, or a province's from the sums of its regencies (never an average of
 *  percentages): status and days of cover from Σ on hand, Σ minimum and Σ daily use; IKD from
 *  Σ activations, Σ wajib KTP and Σ target persons. */
function publicRow(code: string, name: string, rows: RegencyFigures[]): PublicRegion {
  const sum = (f: (r: RegencyFigures) => number) => rows.reduce((s, r) => s + f(r), 0);
  const onHand = sum((r) => r.onHand);
  const use = sum((r) => r.avgDailyUse);
  const wajib = sum((r) => r.wajibKtp);
  const single = rows.length === 1 && rows[0].code === code ? rows[0] : null;
  const updated = rows.map((r) => latest(r.lastStockDay, r.lastIkdDay));
  return {
    code,
    name,
    stockStatus: stockStatus(
      onHand,
      sum((r) => r.minimum),
    ),
    daysOfCover: use > 0 ? round1(onHand / use) : null,
    ikdPercent: wajib > 0 ? (sum((r) => r.activations) / wajib) * 100 : 0,
    ikdTarget: single ? single.targetPercent : wajib > 0 ? (sum((r) => r.targetPersons) / wajib) * 100 : 0,
    lastUpdated: updated.includes(null) ? null : ((updated as string[]).sort()[0] ?? null),
  };
}

/** GET /api/v1/public/summary — the 38 provinces, or the regencies of `province`. */
export async function publicSummary(h: DbHandle, province: string | undefined, now = new Date()) {
  const idx = await regionIndex(h);
  const all = await regencyFigures(h, now);
  const asOf = localDate('Asia/Jakarta', now);
  if (province === undefined) {
    const byProvince = groupByProvince(all);
    return {
      asOf,
      regions: idx.provinces.map((p) => publicRow(p.code, p.name, byProvince.get(p.code) ?? [])),
    };
  }
  const p = idx.byCode.get(province);
  if (!p || p.level !== 'province') throw errors.notFound({ id: 'Provinsi', en: 'Province' });
  const rows = all.filter((r) => r.provinceCode === province);
  return {
    asOf: rows[0]?.today ?? localDate(p.timeZone, now),
    regions: rows.map((r) => publicRow(r.code, r.name, [r])),
  };
}
export type PublicSummary = Awaited<ReturnType<typeof publicSummary>>;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The API's answer: the IKD percentages to two decimals. The page formats the exact figures
 *  (one decimal, as the head's pages do): one decimal of the two-decimal value would round twice
 *  (20.5476 → 20.55 → 20.6 where the head sees 20.5). */
export function publicSummaryAnswerOf(s: PublicSummary): PublicSummary {
  return {
    ...s,
    regions: s.regions.map((r) => ({ ...r, ikdPercent: round2(r.ikdPercent), ikdTarget: round2(r.ikdTarget) })),
  };
}

function groupByProvince(rows: RegencyFigures[]) {
  const m = new Map<string, RegencyFigures[]>();
  for (const r of rows) {
    const list = m.get(r.provinceCode);
    if (list) list.push(r);
    else m.set(r.provinceCode, [r]);
  }
  return m;
}

/** The tile map's measures for every province (the national overview and /publik). */
export async function provinceTiles(h: DbHandle, now = new Date()): Promise<ProvinceTile[]> {
  const idx = await regionIndex(h);
  const byProvince = groupByProvince(await regencyFigures(h, now));
  return idx.provinces.map((p) => {
    const rows = byProvince.get(p.code) ?? [];
    const target = rows.reduce((s, r) => s + r.targetPersons, 0);
    const below = rows.filter((r) => stockStatus(r.onHand, r.minimum) !== 'OK').length;
    return {
      code: p.code,
      name: p.name,
      regencies: rows.length,
      belowMinimumShare: percentOf(below, rows.length, 0),
      ikdOfTarget: percentOf(
        rows.reduce((s, r) => s + r.activations, 0),
        target,
        0,
      ),
      overdue: rows.filter((r) => r.overdue).length,
    };
  });
}

export interface PublicOffice {
  id: number;
  name: string;
  waiting: number;
  services: { service: Service; waiting: number; estimatedWaitMinutes: number | null }[];
}

/** GET /api/v1/public/offices — every office of a regency today: people waiting now and the
 *  estimated wait of each service it serves (SPEC §13's rule, lib/queue/wait.ts). */
export async function publicOffices(h: DbHandle, regency: string, now = new Date()) {
  const idx = await regionIndex(h);
  const r: Region | undefined = idx.byCode.get(regency);
  if (!r || r.level !== 'regency') throw errors.notFound({ id: 'Kabupaten/kota', en: 'Regency' });
  const day = localDate(r.timeZone, now);
  const offices = await cached(h, `public-offices|${regency}|${day}`, ['queue'], () => computeOffices(h, regency, day));
  return { regency: { code: r.code, name: r.name }, day, offices };
}
export type PublicOffices = Awaited<ReturnType<typeof publicOffices>>;

async function computeOffices(h: DbHandle, regency: string, day: string): Promise<PublicOffice[]> {
  const offices = await h.db
    .selectFrom('offices')
    .select(['id', 'name'])
    .where('regency_code', '=', regency)
    .orderBy('id')
    .execute();
  if (offices.length === 0) return [];
  const ids = offices.map((o) => Number(o.id));
  const [counters, waiting, done] = await Promise.all([
    h.db.selectFrom('counters').select(['office_id', 'services', 'is_open']).where('office_id', 'in', ids).execute(),
    h.db
      .selectFrom('tickets')
      .select((eb) => ['office_id', 'service', eb.fn.countAll<number>().as('n')])
      .where('office_id', 'in', ids)
      .where('day', '=', day)
      .where('status', '=', 'WAITING')
      .groupBy(['office_id', 'service'])
      .execute(),
    h.db
      .selectFrom('tickets')
      .select(['office_id', 'service', 'done_at', secs(h.kind, 'called_at', 'done_at').as('s')])
      .where('office_id', 'in', ids)
      .where('day', '=', day)
      .where('status', '=', 'DONE')
      .where('called_at', 'is not', null)
      .where('done_at', 'is not', null)
      .orderBy('done_at')
      .execute(),
  ]);
  const key = (office: number, service: string) => `${office}|${service}`;
  const waitingOf = new Map(waiting.map((w) => [key(Number(w.office_id), w.service), toNum(w.n)]));
  const minutesOf = new Map<string, number[]>();
  for (const t of done) {
    const k = key(Number(t.office_id), t.service);
    const list = minutesOf.get(k) ?? [];
    list.push(toNum(t.s) / 60);
    if (list.length > SERVICE_SAMPLE) list.shift();
    minutesOf.set(k, list);
  }
  return offices.map((o) => {
    const id = Number(o.id);
    const mine = counters.filter((c) => Number(c.office_id) === id);
    const offered = new Set(mine.flatMap((c) => parseServices(c.services)));
    const services = SERVICES.filter((s) => offered.has(s) || (waitingOf.get(key(id, s)) ?? 0) > 0).map((service) => {
      const n = waitingOf.get(key(id, service)) ?? 0;
      const open = mine.filter((c) => Number(c.is_open) === 1 && parseServices(c.services).includes(service)).length;
      return {
        service,
        waiting: n,
        estimatedWaitMinutes: estimatedWaitMinutes(n, minutesOf.get(key(id, service)) ?? [], open),
      };
    });
    return { id, name: o.name, waiting: services.reduce((s, x) => s + x.waiting, 0), services };
  });
}
