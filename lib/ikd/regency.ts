import { errors, type Msg } from '@/lib/api/errors';
import type { DbHandle } from '@/lib/db';
import { regionIndex, type Region } from '@/lib/regions/queries';
import { TZ_LABEL } from '@/lib/time';
import { dayParam } from '@/lib/api/params';

/** Shared checks of the IKD domain functions. */
export async function regencyOf(h: DbHandle, code: string): Promise<Region> {
  const idx = await regionIndex(h);
  const r = /^\d{2}\.\d{2}$/.test(code) ? idx.byCode.get(code) : undefined;
  if (!r || r.level !== 'regency') throw errors.notFound({ id: 'Kabupaten/kota', en: 'Regency' });
  return r;
}

export function assertDayParam(day: string, field = 'day'): void {
  if (!dayParam.safeParse(day).success) {
    throw errors.validation({ [field]: { id: 'Tanggal harus berformat YYYY-MM-DD.', en: 'Date must be YYYY-MM-DD.' } });
  }
}

export function futureDay(field: string, day: string, today: string, timeZone: string): never {
  const tz = TZ_LABEL[timeZone] ?? timeZone;
  throw errors.validation({
    [field]: {
      id: `Tanggal ${day} belum tiba: hari ini ${today} (${tz}). Tanggal di masa depan tidak dapat diisi.`,
      en: `${day} has not come yet: today is ${today} (${tz}). Future dates cannot be entered.`,
    },
  });
}

export const nf = {
  id: (n: number) => new Intl.NumberFormat('id-ID').format(n),
  en: (n: number) => new Intl.NumberFormat('en-US').format(n),
};

export function fieldError(field: string, m: Msg): never {
  throw errors.validation({ [field]: m });
}
