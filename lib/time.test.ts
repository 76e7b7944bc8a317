import { describe, expect, it } from 'vitest';
import { localDate, localHhmm, localHour, localInstant, localMinuteInstant, localMinutes, ZONES } from './time';

/** Local midnight of 2 Dec 2026 in each zone, as a UTC instant (WIB +7, WITA +8, WIT +9). */
const MIDNIGHT = {
  'Asia/Jakarta': Date.parse('2026-12-01T17:00:00Z'),
  'Asia/Makassar': Date.parse('2026-12-01T16:00:00Z'),
  'Asia/Jayapura': Date.parse('2026-12-01T15:00:00Z'),
} as const;

describe('lib/time: the wall clock of the three Indonesian zones', () => {
  it.each(ZONES)('%s changes day exactly at its own midnight', (tz) => {
    const m = MIDNIGHT[tz];
    expect(localDate(tz, new Date(m - 1))).toBe('2026-12-01');
    expect(localDate(tz, new Date(m))).toBe('2026-12-02');
    expect(localHhmm(tz, m - 60_000)).toBe('23:59');
    expect(localHhmm(tz, m)).toBe('00:00');
    expect(localHour(tz, m - 1)).toBe(23);
    expect(localHour(tz, m)).toBe(0);
    expect(localMinutes(tz, m - 60_000)).toBe(1439);
    expect(localMinutes(tz, m + 90 * 60_000)).toBe(90);
    expect(localInstant(tz, '2026-12-02', '00:00').getTime()).toBe(m);
    expect(localInstant(tz, '2026-12-02', '08:30').getTime()).toBe(m + 510 * 60_000);
    expect(localMinuteInstant(tz, '2026-12-01', 1440).getTime()).toBe(m);
  });

  it('one instant is three different days across Indonesia', () => {
    const at = new Date('2026-12-01T15:30:00Z'); // 22.30 WIB, 23.30 WITA, 00.30 WIT
    expect(ZONES.map((tz) => localDate(tz, at))).toEqual(['2026-12-01', '2026-12-01', '2026-12-02']);
    expect(ZONES.map((tz) => localHhmm(tz, at))).toEqual(['22:30', '23:30', '00:30']);
  });

  it('crosses a year end and a leap day in local time', () => {
    expect(localDate('Asia/Jayapura', new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
    expect(localDate('Asia/Jakarta', new Date('2028-02-28T17:00:00Z'))).toBe('2028-02-29');
    expect(localInstant('Asia/Makassar', '2028-03-01', '00:00').toISOString()).toBe('2028-02-29T16:00:00.000Z');
  });
});
