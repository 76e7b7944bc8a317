/** Calendar helpers on `YYYY-MM-DD` strings. "Today" is always a region's local date (SPEC §3). */

const fmtCache = new Map<string, Intl.DateTimeFormat>();

function fmt(timeZone: string) {
  let f = fmtCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    fmtCache.set(timeZone, f);
  }
  return f;
}

/** The local calendar date in `timeZone` at instant `at`. */
export function localDate(timeZone: string, at: Date = new Date()): string {
  return fmt(timeZone).format(at);
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

/** UTC offset in hours of the three Indonesian zones (none observes daylight saving). */
export const TZ_OFFSET_HOURS: Record<string, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** The UTC instant of local wall-clock `day` `hh:mm` in an Indonesian zone. */
export function localInstant(timeZone: string, day: string, hhmm: string): Date {
  const off = TZ_OFFSET_HOURS[timeZone] ?? 7;
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.parse(`${day}T00:00:00Z`) + ((h - off) * 60 + m) * 60_000);
}
