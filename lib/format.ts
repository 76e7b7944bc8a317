/** SPEC §10: numbers in id-ID (21.286), dates like "3 Apr 2023". */
import type { Lang } from '@/lib/i18n/dict';
const intFmt = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const dec1 = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dateFmt = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateFmtEn = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export function fmtInt(n: number): string {
  return intFmt.format(n);
}

export function fmtDec(n: number): string {
  return dec1.format(n);
}

/** `x` rounded to one decimal. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** `part` of `whole` in percent, to one decimal; `empty` when the whole is 0 (0 where a share
 *  of nothing counts as none, null where it is shown as "–"). */
export function percentOf<E extends number | null>(part: number, whole: number, empty: E): number | E {
  return whole > 0 ? round1((part / whole) * 100) : empty;
}

export function fmtPercent(n: number): string {
  return `${dec1.format(n)}%`;
}

/** `2023-04-03` → "3 Apr 2023" (id) / "3 Apr 2023" (en). */
export function fmtDay(day: string | null | undefined, lang: Lang = 'id'): string {
  if (!day) return '–';
  const d = new Date(`${day}T00:00:00Z`);
  return (lang === 'en' ? dateFmtEn : dateFmt).format(d).replace('.', '');
}

export function fmtMonth(month: string, lang: Lang = 'id'): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(d);
}

const INSTANT = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' } as const;
const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** Day, month, year, hour and minute ("3 Nov 2026, 10.15") in `lang`, in `timeZone` (the device's
 *  own when none): one format per language and zone. */
export function instantFormat(lang: Lang, timeZone?: string): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone ?? ''}`;
  let f = instantFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { ...INSTANT, timeZone });
    instantFormats.set(key, f);
  }
  return f;
}
