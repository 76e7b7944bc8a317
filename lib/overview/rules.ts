import { addDays, daysBetween } from '@/lib/time';
import { OVERDUE_DAYS } from '@/lib/stock/rules';

/** Pure rules of the homes: what a district officer still has to do today, and where a province's
 *  problems are. Plain values in, plain values out. */

/** A regency projected to run out within this many days is listed as a problem. */
export const STOCKOUT_SOON_DAYS = 14;

export interface OfficerDayInput {
  today: string;
  /** cards printed or spoiled recorded for today (0 when nothing is recorded) */
  usedToday: number;
  /** rows of today's IKD counts (0 when the day was not entered) and their total */
  ikdRowsToday: number;
  ikdToday: number;
  lastStockDay: string | null;
  lastIkdDay: string | null;
}

export interface Overdue {
  what: 'STOCK' | 'IKD';
  lastDay: string | null;
  /** days since the last update (null when never updated) */
  daysSince: number | null;
}

/** Today's two tasks (done or not yet) and what is overdue. */
export function officerDay(i: OfficerDayInput) {
  const limit = addDays(i.today, -OVERDUE_DAYS);
  const overdue: Overdue[] = [];
  for (const [what, last] of [
    ['STOCK', i.lastStockDay],
    ['IKD', i.lastIkdDay],
  ] as const) {
    if (!last || last < limit)
      overdue.push({ what, lastDay: last, daysSince: last ? daysBetween(last, i.today) : null });
  }
  return {
    usage: { done: i.usedToday > 0, quantity: i.usedToday },
    ikd: { done: i.ikdRowsToday > 0, activations: i.ikdToday },
    overdue,
  };
}

/** How a regency's days of cover reads: red under a week or out, amber under the alert window,
 *  green beyond it, grey when there is no use to project from. */
export type CoverTone = 'OUT' | 'CRITICAL' | 'LOW' | 'OK' | 'NO_USE';
export function coverTone(onHand: number, daysOfCover: number | null): CoverTone {
  if (onHand <= 0) return 'OUT';
  if (daysOfCover === null) return 'NO_USE';
  if (daysOfCover < 7) return 'CRITICAL';
  if (daysOfCover < STOCKOUT_SOON_DAYS) return 'LOW';
  return 'OK';
}

export interface ProblemRow {
  code: string;
  name: string;
  onHand: number;
  minimum: number;
  status: 'OK' | 'BELOW_MINIMUM' | 'OUT';
  daysOfCover: number | null;
  projectedStockoutDate: string | null;
  overdue: boolean;
  lastUpdatedOn: string | null;
}

/** Where a province's problems are: out of stock, below minimum, projected to run out within 14
 *  days (below minimum or not), overdue. Each list is worst first. */
export function provinceProblems(rows: ProblemRow[], today: string) {
  const soon = addDays(today, STOCKOUT_SOON_DAYS);
  const byCover = (a: ProblemRow, b: ProblemRow) =>
    (a.daysOfCover ?? Infinity) - (b.daysOfCover ?? Infinity) || a.onHand - b.onHand || a.code.localeCompare(b.code);
  return {
    out: rows.filter((r) => r.status === 'OUT').sort(byCover),
    belowMinimum: rows.filter((r) => r.status === 'BELOW_MINIMUM').sort(byCover),
    stockoutSoon: rows
      .filter((r) => r.status !== 'OUT' && r.projectedStockoutDate !== null && r.projectedStockoutDate <= soon)
      .sort(byCover),
    overdue: rows
      .filter((r) => r.overdue)
      .sort((a, b) => (a.lastUpdatedOn ?? '').localeCompare(b.lastUpdatedOn ?? '') || a.code.localeCompare(b.code)),
  };
}
