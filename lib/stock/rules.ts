import { addDays } from '@/lib/time';

/** SPEC §4 figures of one location. Pure: plain values in, plain values out. */
export const DEFAULT_MINIMUM = 2000;
export const ITEM_BLANGKO = 'BLANGKO_KTP_EL';

export type StockStatus = 'OK' | 'BELOW_MINIMUM' | 'OUT';

export function stockStatus(onHand: number, minimum: number): StockStatus {
  if (onHand <= 0) return 'OUT';
  if (onHand < minimum) return 'BELOW_MINIMUM';
  return 'OK';
}

export function stockForecast(onHand: number, usedLast30: number, today: string) {
  const avgDailyUse = usedLast30 / 30;
  const daysOfCover = avgDailyUse > 0 ? onHand / avgDailyUse : null;
  const projectedStockoutDate = daysOfCover === null ? null : addDays(today, Math.floor(daysOfCover));
  return { avgDailyUse, daysOfCover, projectedStockoutDate };
}
