/** The four anomaly rules of SPEC §14, as pure functions on plain numbers. Every comparison is
 *  in whole numbers ("more than 5 times the average of 30 days" is 30 × value > 5 × the sum of
 *  the 30 days), so a value exactly at a threshold is decided without rounding. */
export const ANOMALY_RULES = ['IKD_SPIKE', 'IKD_PAST_WAJIB', 'USE_SPIKE', 'ADJUSTMENT_SWING'] as const;
export type AnomalyRule = (typeof ANOMALY_RULES)[number];

export const WINDOW_DAYS = 30;

/** An IKD day whose total is more than 5× the regency's average of the 30 days before it and at
 *  least 100. `sumBefore`: the activations of the 30 days before the day. */
export function ikdSpike(total: number, sumBefore: number): boolean {
  return total >= 100 && total * WINDOW_DAYS > 5 * sumBefore;
}

/** An IKD day that takes the regency past 100 % of its wajib KTP: cumulative activations were
 *  at most wajib KTP before the day was entered and are above it after. */
export function ikdPastWajib(before: number, after: number, wajibKtp: number): boolean {
  return wajibKtp > 0 && before <= wajibKtp && after > wajibKtp;
}

/** A PRINTED or SPOILED movement more than 5× the 30-day average daily use and at least 200.
 *  `usedBefore`: PRINTED + SPOILED of the 30 days before the movement's date. */
export function printedSpike(quantity: number, usedBefore: number): boolean {
  return quantity >= 200 && quantity * WINDOW_DAYS > 5 * usedBefore;
}

/** An ADJUSTMENT that changes the balance by more than 20 % (of the balance before) and by at
 *  least 200 cards. */
export function adjustmentSwing(before: number, after: number): boolean {
  const change = Math.abs(after - before);
  return change >= 200 && change * 5 > before;
}
