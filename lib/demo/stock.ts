/** Demo blangko stock ledger (SPEC §4, §9): opening stock opname per regency, shipments from
 *  the ministry to each province every 4–8 weeks passed on at once to its regencies, daily or
 *  weekly printing limited by what is on hand, and weekly spoilage. The last shipment of every
 *  province is allocated so today's statuses come out as planned (≈ 12–16 % below minimum, a
 *  handful out of stock), and Jambi reproduces the January 2023 shortage of seed-facts.md. */
import type { Insertable } from 'kysely';
import { localDate } from '@/lib/time';
import { DEFAULT_MINIMUM, ITEM_BLANGKO } from '@/lib/stock/rules';
import type { StockBalanceTable, StockDailyTable, StockMovementTable } from '@/lib/db/schema';
import {
  dayNum,
  dayStr,
  hrand,
  intBetween,
  isoOf,
  localMinutesOf,
  localMs,
  splitProportional,
  streamFor,
  uniform,
  weekday,
  type Rng,
  type SeedRegencyInput,
} from './util';

export interface StockResult {
  movements: Insertable<StockMovementTable>[];
  balances: Insertable<StockBalanceTable>[];
  daily: Insertable<StockDailyTable>[];
  /** planned status today per regency */
  plannedStatus: Map<string, 'OK' | 'BELOW_MINIMUM' | 'OUT'>;
}

type Movement = Insertable<StockMovementTable>;

const START = dayNum('2022-07-01');
const PRINT_MIN = 900; // prints are entered 15:00–16:00 local
const SPOIL_MIN = 990; // spoilage 16:30–16:50 local
const JAMBI = '15';
const JAMBI_DRY_DAY = dayNum('2022-12-21'); // last day with blanks before the stall
const JAMBI_DRY_SHIP = dayNum('2022-11-07'); // allocated to last only until JAMBI_DRY_DAY
const JAMBI_FIXED = ['2022-07-25', '2022-09-12', '2022-11-07', '2023-01-05'].map(dayNum);
const JAMBI_20K = dayNum('2023-01-05');

/** Today's planned stock status: overrides for the demo province, random elsewhere. */
const STATUS_OVERRIDE: Record<string, 'OK' | 'BELOW_MINIMUM' | 'OUT'> = {
  '15.71': 'OK',
  '15.72': 'OUT',
  '15.02': 'BELOW_MINIMUM',
  '16.71': 'OK',
  '16.02': 'OK',
  '33.11': 'OK',
};

interface Reg {
  input: SeedRegencyInput;
  idx: number;
  T: number; // today, as an index from START
  req: Int32Array; // prints requested on each day (0 when no print entry that day)
  prefix: Float64Array; // prefix[t] = Σ req[0..t-1]
  onHand: number;
  printedSinceSpoil: number;
  status: 'OK' | 'BELOW_MINIMUM' | 'OUT';
}

interface Ship {
  t: number;
  kind: 'generic' | 'jambiDry' | 'jambi20k' | 'last';
  m: number; // buffer (× minimum) aimed for at the next shipment
  f: number; // share of the need the ministry can supply
}

function toWeekdayForward(t: number): number {
  const w = weekday(START + t);
  return w === 6 ? t + 2 : w === 0 ? t + 1 : t;
}

function toWeekdayBack(t: number): number {
  const w = weekday(START + t);
  return w === 6 ? t - 1 : w === 0 ? t - 2 : t;
}

function isSpoilDay(t: number, T: number, nowMin: number): boolean {
  return weekday(START + t) === 5 && (t < T || nowMin >= SPOIL_MIN + 30);
}

function spoilFrac(idx: number, t: number): number {
  return 0.01 + 0.01 * hrand(idx, t, 2);
}

function buildRequests(reg: Reg, rng: Rng, nowMin: number) {
  const { T } = reg;
  const w = reg.input.wajibKtp;
  const rate = w * 2.9e-4 * uniform(rng, 0.8, 1.2) * (reg.input.provinceCode === JAMBI ? 1.3 : 1);
  const cutoff = reg.input.dailyMode ? 0 : T - 59;
  let acc = 0;
  for (let t = 0; t <= T; t++) {
    const wd = weekday(START + t);
    const dayFactor = wd === 0 ? 0 : wd === 6 ? 0.3 : 1;
    const trend = 1 - (0.12 * t) / 1600;
    const noise = 0.7 + 0.6 * hrand(reg.idx, t, 1);
    let d = Math.round(rate * dayFactor * trend * noise);
    if (t === T && nowMin < PRINT_MIN + 60) d = 0; // today's prints are not entered yet
    acc += d;
    const event = t >= cutoff || wd === 5;
    if (event) {
      reg.req[t] = acc;
      acc = 0;
    }
  }
  for (let t = 0; t <= T; t++) reg.prefix[t + 1] = reg.prefix[t] + reg.req[t];
}

/** Consumption (prints + spoilage) over days t0..T if stock never runs short. */
function dryConsumption(reg: Reg, t0: number, nowMin: number): number {
  let c = 0;
  let ps = reg.printedSinceSpoil;
  for (let t = t0; t <= reg.T; t++) {
    c += reg.req[t];
    ps += reg.req[t];
    if (isSpoilDay(t, reg.T, nowMin)) {
      c += Math.round(spoilFrac(reg.idx, t) * ps);
      ps = 0;
    }
  }
  return c;
}

function schedule(prov: string, T: number, rng: Rng): Ship[] {
  const ships: Ship[] = [];
  const generic = (t: number, m = uniform(rng, 0.7, 1.4)): Ship => ({
    t,
    kind: 'generic',
    m,
    f: uniform(rng, 0.8, 1.08),
  });
  let anchor: number;
  if (prov === JAMBI) {
    for (const d of JAMBI_FIXED) {
      const t = d - START;
      if (t > T) break;
      if (d === JAMBI_20K) ships.push({ t, kind: 'jambi20k', m: 1, f: 1 });
      else if (d === JAMBI_DRY_SHIP) ships.push({ t, kind: 'jambiDry', m: 0, f: 1 });
      else ships.push(generic(t, 0.4));
    }
    anchor = ships.length ? ships[ships.length - 1].t : -1;
    if (anchor < 0) return ships;
  } else {
    anchor = toWeekdayForward(intBetween(rng, 12, 45));
    if (anchor > T) return ships;
    ships.push(generic(anchor));
  }
  const L = toWeekdayBack(T - intBetween(rng, 18, 45));
  if (L - anchor < 24) return ships;
  const n = Math.max(1, Math.round((L - anchor) / 42));
  let prev = anchor;
  for (let i = 1; i < n; i++) {
    let t = toWeekdayForward(Math.round(anchor + ((L - anchor) * i) / n + uniform(rng, -6, 6)));
    if (t - prev < 21) t = toWeekdayForward(prev + 21);
    if (L - t < 21) break;
    ships.push(generic(t));
    prev = t;
  }
  ships.push({ t: L, kind: 'last', m: 1, f: 1 });
  return ships;
}

export function generateStock(
  seed: number,
  now: Date,
  regencies: SeedRegencyInput[],
  provinces: { code: string; timeZone: string }[],
): StockResult {
  const movements: Movement[] = [];
  const daily: Insertable<StockDailyTable>[] = [];
  const balances: Insertable<StockBalanceTable>[] = [];
  const plannedStatus = new Map<string, 'OK' | 'BELOW_MINIMUM' | 'OUT'>();
  const nowMs = now.getTime();

  const byProv = new Map<string, SeedRegencyInput[]>();
  for (const r of regencies) {
    const l = byProv.get(r.provinceCode) ?? [];
    l.push(r);
    byProv.set(r.provinceCode, l);
  }
  let regIdx = 0;

  for (const p of provinces) {
    const list = byProv.get(p.code) ?? [];
    const tz = p.timeZone;
    const today = dayNum(localDate(tz, now));
    const T = today - START;
    const nowMin = localMinutesOf(tz, nowMs);
    const rng = streamFor(seed, 'stock', p.code);
    const locState = new Map<
      string,
      { onHand: number; last: string | null; day: string | null; delta: number; used: number }
    >();
    const loc = (code: string) => {
      let s = locState.get(code);
      if (!s) {
        s = { onHand: 0, last: null, day: null, delta: 0, used: 0 };
        locState.set(code, s);
      }
      return s;
    };
    loc(p.code);
    const push = (m: Movement) => {
      movements.push(m);
      const s = loc(m.location_code);
      if (s.day !== m.occurred_on) {
        if (s.day !== null)
          daily.push({ location_code: m.location_code, item: ITEM_BLANGKO, day: s.day, delta: s.delta, used: s.used });
        s.day = m.occurred_on;
        s.delta = 0;
        s.used = 0;
      }
      s.delta += m.delta;
      if (m.type === 'PRINTED' || m.type === 'SPOILED') s.used += m.quantity;
      s.onHand += m.delta;
      if (s.onHand < 0) throw new Error(`seed: negative stock at ${m.location_code} on ${m.occurred_on}`);
      s.last = m.created_at;
    };
    const mv = (
      code: string,
      type: string,
      quantity: number,
      delta: number,
      t: number,
      minute: number,
      extra: Partial<Movement> = {},
    ): Movement => ({
      item: ITEM_BLANGKO,
      location_code: code,
      type,
      quantity,
      delta,
      occurred_on: dayStr(START + t),
      created_at: isoOf(localMs(tz, START + t, minute) + Math.floor(hrand(regIdx, t, minute) * 50_000)),
      reference: extra.reference ?? null,
      note: extra.note ?? null,
      counterpart_code: extra.counterpart_code ?? null,
      counted_on_hand: extra.counted_on_hand ?? null,
    });

    if (T < 0) {
      for (const r of list)
        balances.push({
          location_code: r.code,
          item: ITEM_BLANGKO,
          on_hand: 0,
          minimum: DEFAULT_MINIMUM,
          last_movement_at: null,
        });
      balances.push({ location_code: p.code, item: ITEM_BLANGKO, on_hand: 0, minimum: 0, last_movement_at: null });
      regIdx += list.length;
      continue;
    }

    const regs: Reg[] = list.map((input) => {
      const reg: Reg = {
        input,
        idx: regIdx++,
        T,
        req: new Int32Array(T + 1),
        prefix: new Float64Array(T + 2),
        onHand: 0,
        printedSinceSpoil: 0,
        status: 'OK',
      };
      buildRequests(reg, streamFor(seed, 'demand', input.code), nowMin);
      const u = streamFor(seed, 'status', input.code)();
      reg.status = STATUS_OVERRIDE[input.code] ?? (u < 0.018 ? 'OUT' : u < 0.15 ? 'BELOW_MINIMUM' : 'OK');
      plannedStatus.set(input.code, reg.status);
      return reg;
    });

    const ships = schedule(p.code, T, rng);
    const shipAt = new Map(ships.map((s, i) => [s.t, i]));
    const secondLast = ships.length >= 2 && ships[ships.length - 1].kind === 'last' ? ships.length - 2 : -1;
    const seqByYear = new Map<string, number>();
    const reserveLast = rng() < 0.5 ? Math.round(uniform(rng, 5, 40)) * 100 : 0;

    for (let t = 0; t <= T; t++) {
      if (t === 0) {
        for (const reg of regs) {
          const days = p.code === JAMBI ? uniform(rng, 18, 26) : uniform(rng, 12, 40);
          const qty = Math.max(
            300,
            Math.round(
              (DEFAULT_MINIMUM * uniform(rng, 0.5, 1.4) + (reg.prefix[Math.min(T + 1, Math.round(days))] ?? 0)) / 10,
            ) * 10,
          );
          const m = mv(reg.input.code, 'ADJUSTMENT', qty, qty, 0, 450, {
            counted_on_hand: qty,
            reference: 'OPNAME/2022-07-01',
            note: 'Saldo awal hasil stock opname',
          });
          push(m);
          reg.onHand += qty;
        }
      }
      const si = shipAt.get(t);
      if (si !== undefined) {
        const ship = ships[si];
        const next = si + 1 < ships.length ? ships[si + 1].t : T + 1;
        let alloc: number[];
        let receipt: number;
        if (ship.kind === 'last') {
          alloc = regs.map((reg) => {
            const r = streamFor(seed, 'last', reg.input.code);
            if (reg.status === 'OUT') {
              const d = reg.prefix[T + 1] - reg.prefix[t];
              return Math.max(0, Math.floor((d * uniform(r, 0.45, 0.75) - reg.onHand) / 10) * 10);
            }
            const c = dryConsumption(reg, t, nowMin);
            const rate30 = (reg.prefix[T + 1] - reg.prefix[Math.max(0, T - 29)]) / 30;
            const target =
              reg.status === 'BELOW_MINIMUM'
                ? Math.round(uniform(r, 150, 1950))
                : DEFAULT_MINIMUM + 100 + Math.round(Math.pow(r(), 1.5) * Math.max(1500, rate30 * 35));
            return Math.max(0, target + c - reg.onHand);
          });
          receipt = alloc.reduce((a, b) => a + b, 0) + reserveLast;
        } else if (ship.kind === 'jambiDry') {
          const r = streamFor(seed, 'jambiDry', p.code);
          alloc = regs.map((reg) => {
            const need = (reg.prefix[JAMBI_DRY_DAY - START + 1] - reg.prefix[t]) * 1.015;
            const resid = r() < 0.4 ? -Math.round(uniform(r, 40, 150)) : Math.round(uniform(r, 10, 120));
            return Math.max(0, Math.round(need + resid - reg.onHand));
          });
          receipt = alloc.reduce((a, b) => a + b, 0);
        } else {
          const needs = regs.map((reg) => {
            let need = DEFAULT_MINIMUM * ship.m + (reg.prefix[next] - reg.prefix[t]) * 1.015 - reg.onHand;
            if (si === secondLast && reg.status === 'OUT') {
              need = (reg.prefix[next] - reg.prefix[t]) * uniform(rng, 0.6, 0.85) - reg.onHand;
            }
            return Math.max(0, Math.round(need));
          });
          const total = needs.reduce((a, b) => a + b, 0);
          receipt = ship.kind === 'jambi20k' ? 20_000 : Math.max(1000, Math.round((total * ship.f) / 100) * 100);
          alloc = splitProportional(receipt, needs);
        }
        if (receipt > 0) {
          const day = dayStr(START + t);
          const year = day.slice(0, 4);
          const seq = (seqByYear.get(year) ?? 0) + 1;
          seqByYear.set(year, seq);
          push(
            mv(p.code, 'RECEIPT', receipt, receipt, t, 480, {
              reference: `SP-KEMENDAGRI/${year}/${String(seq).padStart(3, '0')}`,
              note: 'Kiriman blangko KTP-el dari Ditjen Dukcapil Kemendagri',
            }),
          );
          regs.forEach((reg, i) => {
            const q = alloc[i];
            if (q <= 0) return;
            const ref = `BAST/${p.code}/${day.replaceAll('-', '')}/${String(i + 1).padStart(2, '0')}`;
            const a = mv(p.code, 'DISTRIBUTION', q, -q, t, 540 + i, {
              reference: ref,
              counterpart_code: reg.input.code,
              note: 'Distribusi ke kabupaten/kota',
            });
            push(a);
            push({
              ...a,
              location_code: reg.input.code,
              delta: q,
              counterpart_code: p.code,
              note: 'Terima distribusi dari provinsi',
            });
            reg.onHand += q;
          });
        }
      }
      for (const reg of regs) {
        const want = reg.req[t];
        if (want > 0) {
          const q = Math.min(want, reg.onHand);
          if (q > 0) {
            push(mv(reg.input.code, 'PRINTED', q, -q, t, PRINT_MIN + Math.floor(hrand(reg.idx, t, 3) * 60)));
            reg.onHand -= q;
            reg.printedSinceSpoil += q;
          }
        }
        if (isSpoilDay(t, T, nowMin)) {
          const s = Math.min(Math.round(spoilFrac(reg.idx, t) * reg.printedSinceSpoil), reg.onHand);
          reg.printedSinceSpoil = 0;
          if (s > 0) {
            push(
              mv(reg.input.code, 'SPOILED', s, -s, t, SPOIL_MIN + Math.floor(hrand(reg.idx, t, 4) * 20), {
                note: 'Blangko rusak/gagal cetak',
              }),
            );
            reg.onHand -= s;
          }
        }
      }
    }

    for (const [code, s] of locState) {
      if (s.day !== null)
        daily.push({ location_code: code, item: ITEM_BLANGKO, day: s.day, delta: s.delta, used: s.used });
      balances.push({
        location_code: code,
        item: ITEM_BLANGKO,
        on_hand: s.onHand,
        minimum: code === p.code ? 0 : DEFAULT_MINIMUM,
        last_movement_at: s.last,
      });
    }
    for (const reg of regs)
      if (!locState.has(reg.input.code))
        balances.push({
          location_code: reg.input.code,
          item: ITEM_BLANGKO,
          on_hand: 0,
          minimum: DEFAULT_MINIMUM,
          last_movement_at: null,
        });
  }
  return { movements, balances, daily, plannedStatus };
}
