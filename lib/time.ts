/** Calendar helpers on `YYYY-MM-DD` strings, and the one place that turns an instant into a
 *  zone's wall clock (through @date-fns/tz). "Today" is always a region's local date (SPEC §3). */
import { TZDate, tzOffset } from '@date-fns/tz';

/** The wall clock of `timeZone` at instant `at`, as a Date whose UTC fields read it (the zone's
 *  offset at that instant, from the time-zone database). */
function wallClock(timeZone: string, at: Date | number): Date {
  const ms = +at;
  return new Date(ms + tzOffset(timeZone, new Date(ms)) * 60_000);
}

/** The local calendar date in `timeZone` at instant `at`. */
export function localDate(timeZone: string, at: Date | number = new Date()): string {
  return wallClock(timeZone, at).toISOString().slice(0, 10);
}

/** `HH:MM` of the local wall clock in `timeZone` at `at`. */
export function localHhmm(timeZone: string, at: Date | number): string {
  return wallClock(timeZone, at).toISOString().slice(11, 16);
}

/** The local hour (0–23) in `timeZone` at `at`. */
export function localHour(timeZone: string, at: Date | number): number {
  return wallClock(timeZone, at).getUTCHours();
}

/** Minutes since local midnight in `timeZone` at `at`. */
export function localMinutes(timeZone: string, at: Date | number): number {
  const w = wallClock(timeZone, at);
  return w.getUTCHours() * 60 + w.getUTCMinutes();
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isValidDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Indonesia's three time zones, west to east: WIB, WITA, WIT. */
export const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

export const TZ_LABEL: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** The UTC instant `minutes` past local midnight of `day` in `timeZone` (past 24 h it runs on). */
export function localMinuteInstant(timeZone: string, day: string, minutes: number): Date {
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(new TZDate(y, mo - 1, d, 0, minutes, timeZone).getTime());
}

/** The UTC instant of local wall-clock `day` `hh:mm` in `timeZone`. */
export function localInstant(timeZone: string, day: string, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  return localMinuteInstant(timeZone, day, h * 60 + m);
}
