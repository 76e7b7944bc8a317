import { addDays, daysBetween } from '@/lib/time';

/** SPEC §5 figures. Pure functions over sums, so a regency, a province and the nation use the
 *  same code (aggregates add activations and wajib KTP, never percentages). */

export const SEGMENTS = ['ASN_TNI_POLRI', 'GURU', 'MAHASISWA', 'UMUM'] as const;
export const CHANNELS = ['KANTOR', 'KECAMATAN', 'JEMPUT_BOLA'] as const;

export type IkdStatus = 'ACHIEVED' | 'ON_TRACK' | 'BEHIND';

export interface TargetRow {
  scopeCode: string;
  year: number;
  percent: number;
}

/** National default when no row exists: 25 % up to 2023, 30 % from 2024. */
export function defaultNationalTarget(year: number): number {
  return year <= 2023 ? 25 : 30;
}

/** Effective target of a regency for a year: regency → province → national (SPEC §5). */
export function effectiveTarget(targets: Map<string, number>, regencyCode: string, year: number): number {
  const province = regencyCode.split('.')[0];
  return (
    targets.get(`${regencyCode}|${year}`) ??
    targets.get(`${province}|${year}`) ??
    targets.get(`national|${year}`) ??
    defaultNationalTarget(year)
  );
}

export function targetKeyMap(rows: TargetRow[]): Map<string, number> {
  return new Map(rows.map((r) => [`${r.scopeCode}|${r.year}`, Number(r.percent)]));
}

export function targetPersons(targetPercent: number, wajibKtp: number): number {
  // Round away float noise (30 × 532012 / 100 = 159603.60000000003) before ceil.
  return Math.ceil(Math.round(((targetPercent * wajibKtp) / 100) * 1e6) / 1e6);
}

/** Days left in the target year, today and 31 December included. */
export function daysLeftInYear(today: string): number {
  return daysBetween(today, `${today.slice(0, 4)}-12-31`) + 1;
}

export interface IkdProgressInput {
  activations: number;
  wajibKtp: number;
  targetPersons: number;
  activationsLast30: number;
  today: string;
}

export function ikdProgress(i: IkdProgressInput) {
  const percent = i.wajibKtp > 0 ? (i.activations / i.wajibKtp) * 100 : 0;
  const gapPersons = Math.max(0, i.targetPersons - i.activations);
  const pace30 = i.activationsLast30 / 30;
  const requiredDailyPace = gapPersons / daysLeftInYear(i.today);
  const projectedTargetDate = pace30 > 0 ? addDays(i.today, Math.ceil(gapPersons / pace30)) : null;
  const status: IkdStatus = gapPersons === 0 ? 'ACHIEVED' : pace30 >= requiredDailyPace ? 'ON_TRACK' : 'BEHIND';
  return { percent, gapPersons, pace30, requiredDailyPace, projectedTargetDate, status };
}

/** Top of the daily chart's axis: the highest day or the required pace, whichever is larger, with
 *  10 % headroom, so the required-pace line the chart's title promises is always drawn. */
export function dailyAxisMax(daily: number[], requiredDailyPace: number): number {
  const top = Math.max(0, requiredDailyPace, ...daily);
  return top === 0 ? 1 : Math.ceil((top * 11) / 10);
}
