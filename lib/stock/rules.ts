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

/** What the rebalancing view says when it proposes no transfer: the reason must match the lists
 *  shown beside it (regencies can be short while none has a surplus to give). */
export type RebalancingNote = 'PROPOSALS' | 'NONE_SHORT' | 'NO_SURPLUS' | 'SURPLUS_TOO_SMALL';
export function rebalancingNote(shortCount: number, surplusCount: number, proposalCount: number): RebalancingNote {
  if (proposalCount > 0) return 'PROPOSALS';
  if (shortCount === 0) return 'NONE_SHORT';
  if (surplusCount === 0) return 'NO_SURPLUS';
  return 'SURPLUS_TOO_SMALL';
}

/** Balances after each entry of a newest-first ledger page, given the balance after the first:
 *  each next (older) entry's balance is the one above minus the change above. */
export function runningBalanceChain(afterFirst: number, newestFirst: { delta: number }[]): number[] {
  const out: number[] = [];
  let b = afterFirst;
  for (const m of newestFirst) {
    out.push(b);
    b -= m.delta;
  }
  return out;
}
