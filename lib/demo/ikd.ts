/** Demo IKD activations (SPEC §5, §9): a cumulative curve per regency through fixed knots
 *  (end of 2022 ≈ 0.3 %, end of 2023 ≈ 4–9 %, late 2026 ≈ 10–40 % of wajib KTP), spread over
 *  days with weekday and noise weights, stored daily or weekly and split by segment and
 *  channel following the rollout order. The knots reproduce the facts of seed-facts.md exactly. */
import type { Insertable } from 'kysely';
import type { IkdDailyTable, IkdMonthTotalTable } from '@/lib/db/schema';
import { localDate } from '@/lib/time';
import { CHANNELS, SEGMENTS } from '@/lib/ikd/rules';
import {
  dayNum,
  dayStr,
  hrand,
  localMinutesOf,
  normal,
  splitProportional,
  streamFor,
  uniform,
  weekday,
  type Rng,
  type SeedRegencyInput,
} from './util';

export interface IkdResult {
  daily: Insertable<IkdDailyTable>[];
  monthTotals: Insertable<IkdMonthTotalTable>[];
  /** the regency whose 2022-12-30 entry absorbed the national calibration, and by how much */
  calibration: { regencyCode: string; difference: number; nationalOn20221230: number };
}

const START = dayNum('2022-07-01');
export const NATIONAL_DAY = '2022-12-30';
export const NATIONAL_ON_DAY = 590_000;
export const CALIBRATION_REGENCY = '15.05'; // Kabupaten Muaro Jambi (daily rows)

/** Exact cumulative figures (day inclusive) from seed-facts.md, plus programme start days. */
const FACT_KNOTS: Record<string, { start: string; knots: [string, number][] }> = {
  '16.02': {
    start: '2022-08-22',
    knots: [
      ['2022-12-12', 10_214],
      [NATIONAL_DAY, 11_050],
    ],
  },
  '16.71': {
    start: '2022-07-11',
    knots: [
      [NATIONAL_DAY, 13_480],
      ['2023-04-03', 21_286],
    ],
  },
  '33.11': {
    start: '2022-08-08',
    knots: [
      [NATIONAL_DAY, 5_630],
      ['2023-02-27', 9_118],
    ],
  },
  '15.71': { start: '2022-09-05', knots: [] },
};

/** Share of wajib KTP on IKD by about 30 Nov 2026 (Kota Jambi is moderately behind target). */
const FINAL_SHARE: Record<string, number> = { '15.71': 0.205, '16.02': 0.27, '16.71': 0.31, '33.11': 0.34 };

/** The probability of each channel (CHANNELS order) for each segment (SEGMENTS order). */
const CHANNEL_P: number[][] = [
  [0.4, 0.1, 0.5], // ASN, TNI, Polri: at the office or visited at their agencies
  [0.2, 0.1, 0.7], // teachers: officers visit the schools
  [0.3, 0.2, 0.5], // students
  [0.5, 0.4, 0.1], // general public
];

function clamp01(x: number) {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function segmentWeights(tau: number): number[] {
  return [
    Math.max(0.12, 1 - tau / 700),
    0.9 * clamp01((tau - 60) / 75),
    0.6 * clamp01((tau - 150) / 120),
    3.2 * clamp01((tau - 230) / 400),
  ];
}

function pick(weights: number[], u: number): number {
  let sum = 0;
  for (const w of weights) sum += w;
  let x = u * sum;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i];
    if (x < 0) return i;
  }
  return weights.length - 1;
}

interface Plan {
  input: SeedRegencyInput;
  idx: number;
  start: number; // day number of the first day with cum 0 (activations from the next day)
  knots: [number, number][]; // (day number, cumulative) ascending, after start
}

export function generateIkd(seed: number, now: Date, regencies: SeedRegencyInput[]): IkdResult {
  const nowMs = now.getTime();
  const dNat = dayNum(NATIONAL_DAY);

  // 1. End-of-2022 cumulative per regency, summing to exactly 590,000.
  const plans: Plan[] = [];
  const endOf2022 = new Map<string, number>();
  let fixedSum = 0;
  const shares: { code: string; w: number }[] = [];
  regencies.forEach((input, idx) => {
    const rng = streamFor(seed, 'ikdplan', input.code);
    const fact = FACT_KNOTS[input.code];
    const start = fact ? dayNum(fact.start) : START + Math.floor(Math.pow(rng(), 1.6) * 150);
    plans.push({ input, idx, start, knots: [] });
    const nat = fact?.knots.find(([d]) => d === NATIONAL_DAY);
    if (nat) {
      endOf2022.set(input.code, nat[1]);
      fixedSum += nat[1];
    } else {
      shares.push({ code: input.code, w: input.wajibKtp * Math.exp(0.7 * normal(rng)) * ((dNat - start) / 120) });
    }
  });
  const rest = NATIONAL_ON_DAY - fixedSum;
  const wsum = shares.reduce((a, s) => a + s.w, 0);
  let given = 0;
  for (const s of shares) {
    const v = Math.floor((rest * s.w) / wsum);
    endOf2022.set(s.code, v);
    given += v;
  }
  endOf2022.set(CALIBRATION_REGENCY, (endOf2022.get(CALIBRATION_REGENCY) ?? 0) + (rest - given));

  // 2. Knots for every regency.
  for (const plan of plans) {
    const { code, wajibKtp: w } = plan.input;
    const rng = streamFor(seed, 'ikdknots', code);
    const a = endOf2022.get(code) ?? 0;
    const finalShare = FINAL_SHARE[code] ?? Math.min(0.45, Math.max(0.08, 0.2 * Math.exp(0.26 * normal(rng))));
    const P = Math.round(finalShare * w);
    const b = Math.max(a + 200, Math.min(Math.round(w * uniform(rng, 0.035, 0.09)), Math.round(P * 0.55)));
    const x = Math.round(b + (P - b) * uniform(rng, 0.3, 0.5));
    const y = Math.round(b + (P - b) * uniform(rng, 0.62, 0.82));
    const z = Math.min(w, Math.round(P + w * uniform(rng, 0.03, 0.08)));
    const knots: [number, number][] = [];
    for (const [d, v] of FACT_KNOTS[code]?.knots ?? []) knots.push([dayNum(d), v]);
    if (!knots.some(([d]) => d === dNat)) knots.push([dNat, a]);
    knots.push(
      [dayNum('2023-12-31'), b],
      [dayNum('2024-12-31'), x],
      [dayNum('2025-12-31'), y],
      [dayNum('2026-11-30'), P],
      [dayNum('2027-12-31'), z],
    );
    knots.sort((p, q) => p[0] - q[0]);
    plan.knots = knots;
  }

  // 3. Days, entries and rows.
  const daily: Insertable<IkdDailyTable>[] = [];
  const monthTotals: Insertable<IkdMonthTotalTable>[] = [];
  const perRegencyRows = new Map<string, Insertable<IkdDailyTable>[]>();
  for (const plan of plans) {
    const { code, timeZone: tz } = plan.input;
    const today = dayNum(localDate(tz, now));
    if (today < START) continue;
    const nowMin = localMinutesOf(tz, nowMs);
    const rng = streamFor(seed, 'ikddays', code);
    // knots up to today, the last one at today (interpolated)
    const ks: [number, number][] = [[plan.start, 0]];
    for (let i = 0; i < plan.knots.length; i++) {
      const [d, v] = plan.knots[i];
      if (d < today) ks.push([d, v]);
      else {
        const [d0, v0] = ks[ks.length - 1];
        const val = d === today ? v : Math.round(v0 + ((v - v0) * (today - d0)) / (d - d0));
        if (today > d0) ks.push([today, Math.max(v0, val)]);
        break;
      }
    }
    const counts = new Map<number, number>();
    for (let k = 1; k < ks.length; k++) {
      const [d0, c0] = ks[k - 1];
      const [d1, c1] = ks[k];
      const len = d1 - d0;
      const ws = new Float64Array(len);
      let W = 0;
      for (let i = 0; i < len; i++) {
        const d = d0 + 1 + i;
        const wd = weekday(d);
        let wt = wd === 0 ? 0.08 : wd === 6 ? 0.35 : 1;
        wt *= Math.exp(0.35 * normal(rng));
        if (rng() < 0.03) wt *= 2.5; // a jemput bola campaign day
        if (k === 1) wt *= 0.3 + (1.7 * (i + 1)) / len; // the programme ramps up
        if (d === today) wt *= clamp01((nowMin - 480) / 420);
        ws[i] = wt;
        W += wt;
      }
      const delta = c1 - c0;
      if (W <= 0) {
        if (delta > 0) counts.set(d1, (counts.get(d1) ?? 0) + delta);
        continue;
      }
      let acc = 0;
      let prev = c0;
      for (let i = 0; i < len; i++) {
        acc += ws[i];
        const v = i === len - 1 ? c1 : c0 + Math.round((delta * acc) / W);
        const n = v - prev;
        prev = v;
        if (n > 0) counts.set(d0 + 1 + i, (counts.get(d0 + 1 + i) ?? 0) + n);
      }
    }
    // entries: daily, or weekly (Fridays) before the last 60 days
    const cutoff = plan.input.dailyMode ? -Infinity : today - 59;
    const rows: Insertable<IkdDailyTable>[] = [];
    let acc = 0;
    for (let d = START; d <= today; d++) {
      acc += counts.get(d) ?? 0;
      if (acc > 0 && (d >= cutoff || weekday(d) === 5)) {
        splitEntry(rows, code, dayStr(d), acc, d - plan.start, plan.idx, d, rng);
        acc = 0;
      }
    }
    perRegencyRows.set(code, rows);
  }

  // 4. National calibration on 2022-12-30 (exact by construction; verified here).
  let natSum = 0;
  for (const rows of perRegencyRows.values()) for (const r of rows) if (r.day <= NATIONAL_DAY) natSum += r.count;
  let difference = 0;
  const calRows = perRegencyRows.get(CALIBRATION_REGENCY);
  if (calRows && natSum > 0) {
    difference = NATIONAL_ON_DAY - natSum;
    if (difference !== 0) {
      const dayRows = calRows.filter((r) => r.day === NATIONAL_DAY);
      if (difference > 0) {
        if (dayRows.length) dayRows[0].count += difference;
        else
          calRows.push({
            regency_code: CALIBRATION_REGENCY,
            day: NATIONAL_DAY,
            segment: 'ASN_TNI_POLRI',
            channel: 'KANTOR',
            count: difference,
          });
      } else {
        let left = -difference;
        for (const r of calRows.filter((x) => x.day <= NATIONAL_DAY).reverse()) {
          const take = Math.min(left, r.count);
          r.count -= take;
          left -= take;
          if (left === 0) break;
        }
      }
    }
  }

  for (const [code, rows] of perRegencyRows) {
    const months = new Map<string, number>();
    for (const r of rows) {
      if (r.count <= 0) continue;
      daily.push(r);
      const m = r.day.slice(0, 7);
      months.set(m, (months.get(m) ?? 0) + r.count);
    }
    for (const [month, total] of months) monthTotals.push({ regency_code: code, month, total });
  }
  return {
    daily,
    monthTotals,
    calibration: { regencyCode: CALIBRATION_REGENCY, difference, nationalOn20221230: natSum + difference },
  };
}

/** Splits one entry of `n` activations into 1–3 (segment, channel) rows. */
function splitEntry(
  out: Insertable<IkdDailyTable>[],
  code: string,
  day: string,
  n: number,
  tau: number,
  idx: number,
  d: number,
  rng: Rng,
) {
  const sw = segmentWeights(tau);
  const k = n < 4 ? 1 : 1 + (rng() < 0.65 ? 1 : 0) + (rng() < 0.3 ? 1 : 0);
  const combos = new Map<string, { seg: number; ch: number }>();
  for (let i = 0; i < k; i++) {
    const seg = pick(sw, hrand(idx, d, 10 + i));
    const ch = pick(CHANNEL_P[seg], hrand(idx, d, 20 + i));
    combos.set(`${seg}|${ch}`, { seg, ch });
  }
  const list = [...combos.values()];
  const parts =
    list.length === 1
      ? [n]
      : splitProportional(
          n,
          list.map((c) => sw[c.seg] * uniform(rng, 0.5, 1.5)),
        );
  list.forEach((c, i) => {
    if (parts[i] > 0)
      out.push({ regency_code: code, day, segment: SEGMENTS[c.seg], channel: CHANNELS[c.ch], count: parts[i] });
  });
}
