/** SPEC §15's scorecard (the ministry's fortnightly *levelisasi*). Pure: plain values in, plain
 *  values out; lib/scorecard/queries.ts reads the parts from the database. */
import { addDays, isValidDay } from '@/lib/time';

/** `YYYY-MM-H1` (days 1–15) or `YYYY-MM-H2` (16 to the month's end). */
export const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])-H([12])$/;

export interface Period {
  id: string;
  from: string;
  to: string;
}

export function parsePeriod(id: string): Period | null {
  const m = PERIOD_RE.exec(id);
  if (!m) return null;
  const month = `${m[1]}-${m[2]}`;
  if (!isValidDay(`${month}-01`)) return null;
  if (m[3] === '1') return { id, from: `${month}-01`, to: `${month}-15` };
  const next = addDays(`${month}-28`, 4).slice(0, 7); // a day in the next month
  return { id, from: `${month}-16`, to: addDays(`${next}-01`, -1) };
}

/** The period a day lies in. */
export function periodOf(day: string): string {
  return `${day.slice(0, 7)}-H${Number(day.slice(8, 10)) <= 15 ? 1 : 2}`;
}

/** The half month before. */
export function previousPeriod(id: string): string {
  const p = parsePeriod(id);
  if (!p) throw new Error(`bad period ${id}`);
  return periodOf(addDays(p.from, -1));
}

/** `n` periods ending with `id`, newest first (the period choice of /skor). */
export function recentPeriods(id: string, n: number): string[] {
  const out = [id];
  while (out.length < n) out.push(previousPeriod(out[out.length - 1]));
  return out;
}

/** What one regency brings to a scorecard row. */
export interface ScoreParts {
  /** IKD at the end of the period (SPEC §5) */
  activations: number;
  wajibKtp: number;
  targetPercent: number;
  targetPersons: number;
  /** the period's days up to the regency's today */
  days: number;
  /** of those, days that ended with on hand ≥ minimum */
  stockOkDays: number;
  /** of those, days with an IKD day entered or a stock movement recorded */
  timelyDays: number;
}

export interface Scores {
  ikdScore: number;
  stockScore: number;
  timelinessScore: number;
  score: number;
}

const round1 = (x: number) => Math.round(Math.round(x * 1e6) / 1e5) / 10;
const share = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);

/** score = 0.4 × ikdScore + 0.3 × stockScore + 0.3 × timelinessScore, rounded to one decimal;
 *  the three parts are shown rounded to one decimal too (score is computed from the unrounded). */
function combine(ikd: number, stock: number, timely: number): Scores {
  return {
    ikdScore: round1(ikd),
    stockScore: round1(stock),
    timelinessScore: round1(timely),
    score: round1(0.4 * ikd + 0.3 * stock + 0.3 * timely),
  };
}

/** A regency: ikdScore = min(100, percent ÷ target × 100); a regency without wajib KTP has
 *  percent 0 (SPEC §5), so 0; a target of 0 % is met by anyone (100). */
export function regencyScores(p: ScoreParts): Scores {
  const percent = p.wajibKtp > 0 ? (p.activations / p.wajibKtp) * 100 : 0;
  const ikd = p.targetPercent > 0 ? Math.min(100, (percent / p.targetPercent) * 100) : 100;
  return combine(ikd, share(p.stockOkDays, p.days), share(p.timelyDays, p.days));
}

/** A province: sums of its regencies — ikdScore from Σ activations ÷ Σ target persons, the other
 *  two from Σ regency-days. Without wajib KTP anywhere it is 0, as for a regency. */
export function sumScores(parts: ScoreParts[]): Scores {
  const sum = (f: (p: ScoreParts) => number) => parts.reduce((s, p) => s + f(p), 0);
  const target = sum((p) => p.targetPersons);
  const ikd =
    target > 0 ? Math.min(100, (sum((p) => p.activations) / target) * 100) : sum((p) => p.wajibKtp) > 0 ? 100 : 0;
  const days = sum((p) => p.days);
  return combine(
    ikd,
    share(
      sum((p) => p.stockOkDays),
      days,
    ),
    share(
      sum((p) => p.timelyDays),
      days,
    ),
  );
}

export interface RankedRow extends Scores {
  code: string;
  name: string;
  rank: number;
  /** rank in the previous period − rank now (positive: climbed); null when it was not ranked */
  change: number | null;
}

/** Ranks by score, highest first, ties by region code; `change` against the previous period's
 *  scores of the same rows. */
export function rankRows(
  now: { code: string; name: string; scores: Scores }[],
  previous: { code: string; scores: Scores }[],
): RankedRow[] {
  const order = <T extends { code: string; scores: Scores }>(rows: T[]) =>
    [...rows].sort((a, b) => b.scores.score - a.scores.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const prevRank = new Map(order(previous).map((r, i) => [r.code, i + 1]));
  return order(now).map((r, i) => {
    const before = prevRank.get(r.code);
    return {
      code: r.code,
      name: r.name,
      ...r.scores,
      rank: i + 1,
      change: before === undefined ? null : before - (i + 1),
    };
  });
}
