import { addDays } from '@/lib/time';
import { can, type Action, type Actor } from '@/lib/auth/permissions';
import type { MovementType } from './schemas';

/** SPEC §4 figures of one location. Pure: plain values in, plain values out. */
export const DEFAULT_MINIMUM = 2000;
export const ITEM_BLANGKO = 'BLANGKO_KTP_EL';
/** Stock or IKD figures not updated for more than this many days are overdue (SPEC §4). */
export const OVERDUE_DAYS = 2;

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

type LedgerLevel = 'province' | 'regency';

/** The movement types each ledger takes (SPEC §4): the province warehouse books receipts from the
 *  ministry, distributions to its regencies, counts and reversals; a regency everything else. */
export const LEDGER_TYPES: Record<LedgerLevel, readonly MovementType[]> = {
  province: ['RECEIPT', 'DISTRIBUTION', 'ADJUSTMENT', 'REVERSAL'],
  regency: ['PRINTED', 'SPOILED', 'RECEIPT', 'TRANSFER', 'ADJUSTMENT', 'REVERSAL'],
};

/** The action (and the region it is checked against) a movement type needs on a ledger. */
export function recordAction(type: MovementType, level: LedgerLevel, code: string): [Action, string] {
  if (type === 'TRANSFER') return ['stock.transfer', code];
  return [level === 'province' ? 'stock.province.write' : 'stock.regency.write', code];
}

/** The types `actor` may record on the ledger of `code`: the form's list, the write path's check. */
export function recordableTypes(actor: Actor, level: LedgerLevel, code: string): MovementType[] {
  return LEDGER_TYPES[level].filter((t) => can(actor, ...recordAction(t, level, code)));
}

/** Who may undo an entry: whoever may record that kind of movement where it belongs — a
 *  distribution at the warehouse, a transfer by its sender, anything else on its own ledger. */
export function reversalAction(
  m: { type: MovementType; delta: number; counterpartCode: string | null },
  loc: { level: LedgerLevel; code: string; provinceCode: string },
): [Action, string] {
  if (m.type === 'DISTRIBUTION') return ['stock.province.write', loc.provinceCode];
  if (m.type === 'TRANSFER') return ['stock.transfer', m.delta < 0 ? loc.code : (m.counterpartCode ?? loc.code)];
  return recordAction(m.type, loc.level, loc.code);
}

/** Whether `actor` may reverse the entry from this ledger: not a reversal, not undone yet, and
 *  the reversal's action is theirs (the server checks the same in the write's transaction). */
export function mayReverse(
  actor: Actor,
  m: { type: MovementType; delta: number; counterpartCode: string | null; reversed: boolean },
  loc: { level: LedgerLevel; code: string; provinceCode: string },
): boolean {
  return !m.reversed && m.type !== 'REVERSAL' && can(actor, ...reversalAction(m, loc));
}
