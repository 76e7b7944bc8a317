/** GET /api/v1/scorecard (SPEC §15): the parts of every regency's scores for a half month and the
 *  one before it, read from the maintained daily aggregates (stock_daily, ikd_daily, the IKD
 *  figures of lib/ikd/figures.ts), so the cost follows the scope and the distance of the period
 *  to today, not the length of the history. Cached per data version like the overview. */
import { z } from 'zod';
import { errors } from '@/lib/api/errors';
import { getHandle, toNum, type DbHandle } from '@/lib/db';
import { can, type Actor } from '@/lib/auth/permissions';
import { cached } from '@/lib/overview/cache';
import { loadIkdFigures } from '@/lib/ikd/figures';
import { regionIndex, type Region } from '@/lib/regions/queries';
import { DEFAULT_MINIMUM, ITEM_BLANGKO } from '@/lib/stock/rules';
import { addDays, daysBetween, localDate, ZONES } from '@/lib/time';
import {
  parsePeriod,
  periodOf,
  previousPeriod,
  rankRows,
  regencyScores,
  sumScores,
  PERIOD_RE,
  type Period,
  type ScoreParts,
} from './rules';
import { must } from '@/lib/must';

export const scorecardQuery = z.object({
  scope: z
    .string()
    .regex(/^(national|\d{2})$/)
    .default('national'),
  period: z
    .string()
    .regex(PERIOD_RE)
    .refine((p) => parsePeriod(p) !== null)
    .optional(),
});
export type ScorecardQuery = z.infer<typeof scorecardQuery>;

/** The current half month (in WIB, where most offices are). */
export function currentPeriod(now = new Date()): string {
  return periodOf(localDate('Asia/Jakarta', now));
}

export async function getScorecard(actor: Actor, query: ScorecardQuery, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const idx = await regionIndex(h);
  const national = query.scope === 'national';
  const province = national ? null : idx.byCode.get(query.scope);
  if (province === undefined || (province && province.level !== 'province'))
    throw errors.notFound({ id: 'Provinsi', en: 'Province' });
  if (national ? !can(actor, 'scorecard.national.read', 'national') : !can(actor, 'scorecard.read', query.scope))
    throw errors.forbidden();
  const periodId = query.period ?? currentPeriod(now);
  const period = must(parsePeriod(periodId), `period ${periodId}`);
  // the latest "today" of Indonesia's zones (WIT): a period that has not begun anywhere has no day
  if (period.from > localDate('Asia/Jayapura', now))
    throw errors.validation({
      period: { id: 'Periode ini belum dimulai.', en: 'This period has not begun yet.' },
    });
  const regencies = province ? (idx.regenciesOf.get(province.code) ?? []) : idx.regencies;
  const days = ZONES.map((tz) => localDate(tz, now)).join(',');
  const result = await cached(h, `scorecard|${query.scope}|${periodId}|${days}`, ['stock', 'ikd'], async () => {
    const previous = must(parsePeriod(previousPeriod(periodId)), 'the previous period');
    const [nowParts, prevParts] = await scoreParts(h, regencies, [period, previous], now, province !== null);
    const groups: { code: string; name: string; members: Region[] }[] = province
      ? regencies.map((r) => ({ code: r.code, name: r.name, members: [r] }))
      : idx.provinces.map((p) => ({ code: p.code, name: p.name, members: idx.regenciesOf.get(p.code) ?? [] }));
    const scoresOf = (parts: Map<string, ScoreParts>, g: (typeof groups)[number]) => {
      const list = g.members.map((m) => must(parts.get(m.code), `parts ${m.code}`));
      return province ? regencyScores(list[0]) : sumScores(list);
    };
    return rankRows(
      groups.map((g) => ({ code: g.code, name: g.name, scores: scoresOf(nowParts, g) })),
      groups.map((g) => ({ code: g.code, scores: scoresOf(prevParts, g) })),
    );
  });
  // an officer sees their own regency's row, ranked among all of the province
  const rows = province ? result.filter((r) => can(actor, 'scorecard.row.read', r.code)) : result;
  return {
    scope: province ? { code: province.code, name: province.name } : { code: 'national', name: 'Indonesia' },
    period: period.id,
    from: period.from,
    to: period.to,
    rows,
  };
}
export type Scorecard = Awaited<ReturnType<typeof getScorecard>>;

/** Each regency's score parts for each of `periods` (oldest of them first in the reads). */
async function scoreParts(
  h: DbHandle,
  regencies: Region[],
  periods: Period[],
  now: Date,
  scoped: boolean,
): Promise<Map<string, ScoreParts>[]> {
  const codes = regencies.map((r) => r.code);
  const localToday = new Map(regencies.map((r) => [r.code, localDate(r.timeZone, now)]));
  /** the last day of `p` a regency has lived through (its today at the latest) */
  const endOf = (p: Period, code: string) => [p.to, must(localToday.get(code), `localToday ${code}`)].sort()[0];
  const first = periods.map((p) => p.from).sort()[0];
  const last = periods.map((p) => p.to).sort()[periods.length - 1];
  // The balance at the end of `last`: today's balance minus the movements after it, or the
  // movements before `first` plus those of the periods, whichever reads fewer days (an old
  // period is nearer the start of the history than today).
  const start = await h.db
    .selectFrom('stock_daily')
    .select((eb) => eb.fn.min('day').as('d'))
    .where('item', '=', ITEM_BLANGKO)
    .executeTakeFirst();
  const latestToday = [...localToday.values()].sort().at(-1) ?? last;
  const fromStart = start?.d ? daysBetween(start.d as string, first) : 0;
  const countBefore = fromStart < daysBetween(last, latestToday);
  const [balances, beyond, moves, ikdDays, ...ikdSets] = await Promise.all([
    h.db
      .selectFrom('stock_balances')
      .select(['location_code', 'on_hand', 'minimum'])
      .where('item', '=', ITEM_BLANGKO)
      .$if(scoped, (q) => q.where('location_code', 'in', codes))
      .execute(),
    h.db
      .selectFrom('stock_daily')
      .select((eb) => ['location_code', eb.fn.sum<number>('delta').as('delta')])
      .where('item', '=', ITEM_BLANGKO)
      .$if(countBefore, (q) => q.where('day', '<', first))
      .$if(!countBefore, (q) => q.where('day', '>', last))
      .$if(scoped, (q) => q.where('location_code', 'in', codes))
      .groupBy('location_code')
      .execute(),
    h.db
      .selectFrom('stock_daily')
      .select(['location_code', 'day', 'delta'])
      .where('item', '=', ITEM_BLANGKO)
      .where('day', '>=', first)
      .where('day', '<=', last)
      .$if(scoped, (q) => q.where('location_code', 'in', codes))
      .execute(),
    h.db
      .selectFrom('ikd_daily')
      .select(['regency_code', 'day'])
      .where('day', '>=', first)
      .where('day', '<=', last)
      .$if(scoped, (q) => q.where('regency_code', 'in', codes))
      .groupBy(['regency_code', 'day'])
      .execute(),
    ...periods.map((p) =>
      loadIkdFigures(
        h.db,
        scoped ? `${regencies[0]?.provinceCode}.%` : null,
        regencies,
        new Map(regencies.map((r) => [r.code, endOf(p, r.code)])),
      ),
    ),
  ]);
  const bal = new Map(balances.map((b) => [b.location_code, b]));
  const beyondOf = new Map(beyond.map((a) => [a.location_code, toNum(a.delta)]));
  const periodsDelta = new Map<string, number>();
  const deltaOf = new Map<string, Map<string, number>>();
  const entered = new Map<string, Set<string>>();
  for (const m of moves) {
    let d = deltaOf.get(m.location_code);
    if (!d) deltaOf.set(m.location_code, (d = new Map()));
    d.set(m.day, toNum(m.delta));
    periodsDelta.set(m.location_code, (periodsDelta.get(m.location_code) ?? 0) + toNum(m.delta));
    let e = entered.get(m.location_code);
    if (!e) entered.set(m.location_code, (e = new Set()));
    e.add(m.day);
  }
  for (const r of ikdDays) {
    let e = entered.get(r.regency_code);
    if (!e) entered.set(r.regency_code, (e = new Set()));
    e.add(r.day);
  }
  return periods.map((p, i) => {
    const out = new Map<string, ScoreParts>();
    for (const r of regencies) {
      const b = bal.get(r.code);
      const minimum = b ? Number(b.minimum) : DEFAULT_MINIMUM;
      const end = endOf(p, r.code);
      const days = end < p.from ? 0 : daysBetween(p.from, end) + 1;
      // walk back from the end of `last` to the period's first day, balance at the end of each day
      const deltas = deltaOf.get(r.code);
      let balance = countBefore
        ? (beyondOf.get(r.code) ?? 0) + (periodsDelta.get(r.code) ?? 0)
        : (b ? Number(b.on_hand) : 0) - (beyondOf.get(r.code) ?? 0);
      let stockOkDays = 0;
      for (let d = last; d >= p.from; d = addDays(d, -1)) {
        if (d <= end && balance >= minimum) stockOkDays++;
        balance -= deltas?.get(d) ?? 0;
      }
      const e = entered.get(r.code);
      let timelyDays = 0;
      if (e) for (const d of e) if (d >= p.from && d <= end) timelyDays++;
      const ikd = must(ikdSets[i].byCode.get(r.code), `byCode ${r.code}`);
      out.set(r.code, {
        activations: ikd.activations,
        wajibKtp: ikd.wajibKtp,
        targetPercent: ikd.targetPercent,
        targetPersons: ikd.targetPersons,
        days,
        stockOkDays,
        timelyDays,
      });
    }
    return out;
  });
}
