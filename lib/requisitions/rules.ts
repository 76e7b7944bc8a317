/** SPEC §17: the figures of a requisition and its state machine. Pure: plain values in, plain
 *  values out (no DB). */
import { addDays, daysBetween } from '@/lib/time';

export const REQUISITION_STATES = ['DRAFT', 'SUBMITTED', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED'] as const;
export type RequisitionState = (typeof REQUISITION_STATES)[number];
export type RequisitionAction = 'submit' | 'cancel';

/** The period of a requisition drafted on `today` for `months` months: the next whole calendar
 *  months (drafted in December for 3 months → 1 January to 31 March). */
export function requisitionPeriod(today: string, months: number): { from: string; to: string; days: number } {
  const [y, m] = today.split('-').map(Number);
  const start = new Date(Date.UTC(y, m, 1)); // the 1st of next month (m is 1-based)
  const end = new Date(Date.UTC(y, m + months, 1));
  const from = start.toISOString().slice(0, 10);
  const to = addDays(end.toISOString().slice(0, 10), -1);
  return { from, to, days: daysBetween(from, to) + 1 };
}

/** ceil(avgDailyUse × days) with avgDailyUse = used30 / 30, in whole numbers (no float error). */
export function projectedUse(used30: number, days: number): number {
  return Math.floor((used30 * days + 29) / 30);
}

/** One province number split by wajib KTP share: floor every share, then one card at a time by
 *  largest remainder, ties by region code. With no wajib KTP anywhere, equal shares. The parts
 *  always add up to exactly `total`. */
export function splitCohort(total: number, regencies: { code: string; wajibKtp: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  if (regencies.length === 0) return out;
  const weightSum = regencies.reduce((s, r) => s + r.wajibKtp, 0);
  const weight = (r: { wajibKtp: number }) => (weightSum > 0 ? r.wajibKtp : 1);
  const denom = weightSum > 0 ? weightSum : regencies.length;
  // exact integer arithmetic: share = total × w / denom = q + rem / denom
  const parts = regencies.map((r) => {
    const num = total * weight(r);
    return { code: r.code, q: Math.floor(num / denom), rem: num % denom };
  });
  let left = total - parts.reduce((s, p) => s + p.q, 0);
  const order = [...parts].sort((a, b) => b.rem - a.rem || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const p of order) {
    if (left <= 0) break;
    p.q += 1;
    left -= 1;
  }
  for (const p of parts) out.set(p.code, p.q);
  return out;
}

/** requested = max(0, projectedUse + cohort + minimum − onHand). */
export function requestedOf(l: { projectedUse: number; cohort: number; minimum: number; onHand: number }): number {
  return Math.max(0, l.projectedUse + l.cohort + l.minimum - l.onHand);
}

/** The province line: max(0, Σ requested − the warehouse on hand). */
export function requisitionTotal(requested: number[], warehouseOnHand: number): number {
  return Math.max(0, requested.reduce((s, r) => s + r, 0) - warehouseOnHand);
}

export interface LineInput {
  code: string;
  onHand: number;
  minimum: number;
  used30: number;
  wajibKtp: number;
}

export interface ComputedLine extends LineInput {
  avgDailyUse: number;
  projectedUse: number;
  cohort: number;
  requested: number;
}

/** Every regency's line of a requisition over `days` days with the cohort given as one province
 *  total (split by wajib KTP) or per regency. */
export function computeLines(
  regencies: LineInput[],
  days: number,
  cohort: { total: number } | { byRegency: Record<string, number> } | undefined,
): ComputedLine[] {
  const split =
    cohort && 'total' in cohort
      ? splitCohort(cohort.total, regencies)
      : new Map(Object.entries(cohort && 'byRegency' in cohort ? cohort.byRegency : {}));
  return regencies.map((r) => {
    const line = {
      ...r,
      avgDailyUse: r.used30 / 30,
      projectedUse: projectedUse(r.used30, days),
      cohort: split.get(r.code) ?? 0,
    };
    return { ...line, requested: requestedOf(line) };
  });
}

export function fillRate(received: number, total: number): number | null {
  return total > 0 ? received / total : null;
}

/** The state of a submitted requisition after its receipts (the state follows `received`). */
export function stateAfterReceipts(total: number, received: number): RequisitionState {
  if (received > 0 && received >= total) return 'FILLED';
  if (received > 0) return 'PARTIALLY_FILLED';
  return 'SUBMITTED';
}

/** The state an action leads to, or null when it is not allowed from `state` (→ 409).
 *  CANCELLED only from DRAFT or SUBMITTED (nothing received yet). */
export function transition(state: RequisitionState, action: RequisitionAction): RequisitionState | null {
  if (action === 'submit') return state === 'DRAFT' ? 'SUBMITTED' : null;
  return state === 'DRAFT' || state === 'SUBMITTED' ? 'CANCELLED' : null;
}

/** A receipt may be booked against a requisition the ministry has (not a draft, not cancelled). */
export function acceptsReceipts(state: RequisitionState): boolean {
  return state === 'SUBMITTED' || state === 'PARTIALLY_FILLED' || state === 'FILLED';
}

/** Days a submitted requisition has waited: from its submission day to the day it was filled,
 *  or to today while it is open (null for drafts and cancelled ones). */
export function daysWaiting(
  state: RequisitionState,
  submittedOn: string | null,
  filledOn: string | null,
  today: string,
): number | null {
  if (!submittedOn || state === 'DRAFT' || state === 'CANCELLED') return null;
  return Math.max(0, daysBetween(submittedOn, state === 'FILLED' && filledOn ? filledOn : today));
}
