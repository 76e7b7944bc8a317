/** The allocation planner and the rebalancing proposal of SPEC §4. Pure: plain values in,
 *  plain values out; the DB-facing code in lib/stock/queries.ts feeds them. */

export interface AllocationInput {
  code: string;
  onHand: number;
  minimum: number;
  /** cards per day (PRINTED + SPOILED over the last 30 days / 30) */
  avgDailyUse: number;
  wajibKtp: number;
}

export interface AllocationLine {
  regencyCode: string;
  quantity: number;
  onHandAfter: number;
  daysOfCoverAfter: number | null;
}

const EPS = 1e-9;

/** Splits `total` in proportion to `weights` as real numbers (all zero → nothing). */
function proportional(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
}

/** "Water filling": raises the lowest days of cover first until `remainder` is spent. Each
 *  regency i with use u_i > 0 ends at max(h_i, L·u_i) cards, where the level L solves
 *  Σ max(0, L·u_i − h_i) = remainder. Regencies without use get nothing. */
function waterFill(remainder: number, held: number[], use: number[]): number[] {
  const idx = use.map((u, i) => i).filter((i) => use[i] > 0);
  idx.sort((a, b) => held[a] / use[a] - held[b] / use[b]);
  const out = held.map(() => 0);
  let sumHeld = 0;
  let sumUse = 0;
  let level = 0;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    sumHeld += held[i];
    sumUse += use[i];
    level = (remainder + sumHeld) / sumUse;
    const next = k + 1 < idx.length ? held[idx[k + 1]] / use[idx[k + 1]] : Infinity;
    if (level <= next) {
      for (let j = 0; j <= k; j++) out[idx[j]] = level * use[idx[j]] - held[idx[j]];
      return out;
    }
  }
  return out;
}

/** Whole cards: floor every share, then hand the leftover cards one at a time by largest
 *  fractional part, ties by region code. The result always sums to exactly `total`. */
export function largestRemainder(total: number, shares: number[], codes: string[]): number[] {
  const floors = shares.map((s) => Math.max(0, Math.floor(s + EPS)));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, i) => ({ i, frac: Math.max(0, s - floors[i]) }))
    .sort((a, b) => (Math.abs(b.frac - a.frac) > EPS ? b.frac - a.frac : codes[a.i] < codes[b.i] ? -1 : 1));
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) floors[order[k].i]++;
  return floors;
}

/** SPEC §4 allocation of `quantity` cards arriving at the province among its regencies. */
export function planAllocation(quantity: number, regencies: AllocationInput[]): AllocationLine[] {
  const deficits = regencies.map((r) => Math.max(0, r.minimum - r.onHand));
  const totalDeficit = deficits.reduce((a, b) => a + b, 0);
  let shares: number[];
  if (quantity <= totalDeficit) {
    shares = proportional(quantity, deficits);
  } else {
    const remainder = quantity - totalDeficit;
    const held = regencies.map((r, i) => r.onHand + deficits[i]);
    const use = regencies.map((r) => r.avgDailyUse);
    const extra = use.some((u) => u > 0)
      ? waterFill(remainder, held, use)
      : proportional(
          remainder,
          regencies.map((r) => r.wajibKtp),
        );
    shares = deficits.map((d, i) => d + extra[i]);
    // no use and no wajib KTP anywhere: equal split, so the lines still add up to Q
    if (extra.every((e) => e === 0)) shares = deficits.map((d) => d + remainder / regencies.length);
  }
  const lines = largestRemainder(
    quantity,
    shares,
    regencies.map((r) => r.code),
  );
  return regencies.map((r, i) => allocationLine(r, lines[i]));
}

export function allocationLine(r: AllocationInput, quantity: number): AllocationLine {
  const onHandAfter = r.onHand + quantity;
  return {
    regencyCode: r.code,
    quantity,
    onHandAfter,
    daysOfCoverAfter: r.avgDailyUse > 0 ? onHandAfter / r.avgDailyUse : null,
  };
}

export interface RebalanceInput {
  code: string;
  onHand: number;
  minimum: number;
  avgDailyUse: number;
}

export interface TransferProposal {
  fromCode: string;
  toCode: string;
  quantity: number;
}

const SURPLUS_COVER_DAYS = 60;

/** What a surplus regency can lend without falling to twice its minimum or 60 days of cover. */
export function lendable(r: RebalanceInput): number {
  const keep = Math.max(2 * r.minimum, Math.ceil(SURPLUS_COVER_DAYS * r.avgDailyUse));
  return Math.max(0, r.onHand - keep);
}

/** A surplus: on hand above twice the minimum and more than 60 days of cover (no use at all
 *  counts as unlimited cover). */
export function isSurplus(r: RebalanceInput): boolean {
  const cover = r.avgDailyUse > 0 ? r.onHand / r.avgDailyUse : Infinity;
  return r.onHand > 2 * r.minimum && cover > SURPLUS_COVER_DAYS;
}

/** SPEC §4 rebalancing: for each regency below its minimum (the emptiest first, ties by code),
 *  one TRANSFER from the surplus regency that can lend the most, for as much of its deficit
 *  as that regency can spare. */
export function proposeRebalancing(regencies: RebalanceInput[]) {
  const surplus = regencies.filter(isSurplus).map((r) => ({ ...r, available: lendable(r) }));
  const short = regencies
    .filter((r) => r.onHand < r.minimum)
    .sort((a, b) => a.onHand / a.minimum - b.onHand / b.minimum || (a.code < b.code ? -1 : 1));
  const proposals: TransferProposal[] = [];
  for (const s of short) {
    const donor = [...surplus].sort((a, b) => b.available - a.available || (a.code < b.code ? -1 : 1))[0];
    if (!donor || donor.available <= 0) continue;
    const quantity = Math.min(s.minimum - s.onHand, donor.available);
    donor.available -= quantity;
    proposals.push({ fromCode: donor.code, toCode: s.code, quantity });
  }
  return {
    surplus: surplus.map((s) => s.code),
    short: short.map((s) => s.code),
    proposals,
  };
}
