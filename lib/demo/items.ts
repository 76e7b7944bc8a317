/** Demo history of the ledger's other items (SPEC §16): KIA blanks, printer ribbon and film.
 *  Derived from the e-KTP ledger the demo already has (lib/demo/stock.ts), which it leaves as
 *  it is: every e-KTP print entry of a regency also prints some KIA cards, and uses up ribbon and
 *  film at about one roll per ~250 cards printed (e-KTP and KIA). Each regency opens with a
 *  counted stock on 1 July 2022 and restocks when it runs low (ribbon and film are bought by the
 *  regency itself; KIA blanks come from the ministry), so today's statuses vary from OK to out.
 *  Its own PRNG streams: the e-KTP, IKD and queue demo draw exactly what they drew before. */
import type { Insertable } from 'kysely';
import type { StockBalanceTable, StockDailyTable, StockMovementTable } from '@/lib/db/schema';
import { dayNum, hrand, hashStr, isoOf, localMs, streamFor, uniform, weekday } from './util';
import { ITEM_BLANGKO } from '@/lib/stock/rules';
import { must } from '@/lib/must';

type Movement = Insertable<StockMovementTable>;

export interface ItemsResult {
  movements: Movement[];
  balances: Insertable<StockBalanceTable>[];
  daily: Insertable<StockDailyTable>[];
}

export interface ItemsRegencyInput {
  code: string;
  timeZone: string;
  /** kept day by day (seed.ts DAILY_PROVINCES, DAILY_REGENCIES) */
  dailyMode: boolean;
}

interface ItemPlan {
  code: 'BLANGKO_KIA' | 'RIBBON' | 'FILM';
  minimum: number;
  /** seconds after the e-KTP print entry that its entry is made */
  lag: number;
  receiptNote: string;
  referencePrefix: string;
  openingNote: string;
}

const PLANS: ItemPlan[] = [
  {
    code: 'BLANGKO_KIA',
    minimum: 500,
    lag: 20,
    receiptNote: 'Kiriman blangko KIA dari Ditjen Dukcapil Kemendagri',
    referencePrefix: 'SP-KEMENDAGRI/KIA',
    openingNote: 'Saldo awal blangko KIA hasil stock opname',
  },
  {
    code: 'RIBBON',
    minimum: 5,
    lag: 40,
    receiptNote: 'Pengadaan pita printer (ribbon)',
    referencePrefix: 'PENGADAAN/RIBBON',
    openingNote: 'Saldo awal pita printer hasil stock opname',
  },
  {
    code: 'FILM',
    minimum: 5,
    lag: 60,
    receiptNote: 'Pengadaan film retransfer',
    referencePrefix: 'PENGADAAN/FILM',
    openingNote: 'Saldo awal film retransfer hasil stock opname',
  },
];

const START = '2022-07-01';
const RECEIPT_MINUTE = 600; // 10:00 local
const OPNAME_MINUTE = 455; // 07:35 local, after the e-KTP opening count

interface State {
  onHand: number;
  last: string | null;
  day: string | null;
  delta: number;
  used: number;
  seq: Map<string, number>;
}

/** The other items' movements, daily figures and balances of every regency in `regencies`,
 *  from the e-KTP movements `ektp` (in the order seed-stock wrote them). */
export function generateItems(
  seed: number,
  now: Date,
  regencies: ItemsRegencyInput[],
  ektp: readonly Movement[],
): ItemsResult {
  const nowMs = now.getTime();
  const prints = new Map<string, Movement[]>();
  for (const m of ektp) {
    if (m.item !== ITEM_BLANGKO || m.type !== 'PRINTED') continue;
    const l = prints.get(m.location_code);
    if (l) l.push(m);
    else prints.set(m.location_code, [m]);
  }
  const movements: Movement[] = [];
  const daily: Insertable<StockDailyTable>[] = [];
  const balances: Insertable<StockBalanceTable>[] = [];

  for (const reg of regencies) {
    const list = prints.get(reg.code) ?? [];
    const rng = streamFor(seed, 'items', reg.code);
    const h = hashStr(reg.code);
    // cards per working day, from the regency's whole e-KTP print history
    const firstDay = dayNum(START);
    const lastDay = list.length ? dayNum(list[list.length - 1].occurred_on as string) : firstDay;
    const days = Math.max(30, lastDay - firstDay + 1);
    const ektpPerDay = list.reduce((s, m) => s + Number(m.quantity), 0) / days;
    const kiaRatio = uniform(rng, 0.12, 0.3);
    const perRoll = { RIBBON: uniform(rng, 230, 270), FILM: uniform(rng, 240, 290) };
    const rate = {
      BLANGKO_KIA: ektpPerDay * kiaRatio,
      RIBBON: (ektpPerDay * (1 + kiaRatio)) / perRoll.RIBBON,
      FILM: (ektpPerDay * (1 + kiaRatio)) / perRoll.FILM,
    };
    const st = new Map<string, State>();
    const acc = { RIBBON: 0, FILM: 0 };
    // reorder below `reorder` rolls/cards, for `cover` days of use (rounded to packs)
    const policy = new Map(
      PLANS.map((p) => {
        const r = streamFor(seed, `items-policy-${p.code}`, reg.code);
        const pack = p.code === 'BLANGKO_KIA' ? 100 : 5;
        const reorder = Math.max(1, Math.round(p.minimum * uniform(r, 0.5, 1.6) + rate[p.code] * uniform(r, 2, 10)));
        const cover = uniform(r, 60, 120);
        return [p.code, { pack, reorder, cover, r }];
      }),
    );

    const push = (p: ItemPlan, m: Movement) => {
      let s = st.get(p.code);
      if (!s) {
        s = { onHand: 0, last: null, day: null, delta: 0, used: 0, seq: new Map() };
        st.set(p.code, s);
      }
      if (s.day !== m.occurred_on) {
        if (s.day !== null)
          daily.push({ location_code: reg.code, item: p.code, day: s.day, delta: s.delta, used: s.used });
        s.day = m.occurred_on as string;
        s.delta = 0;
        s.used = 0;
      }
      s.delta += m.delta;
      if (m.type === 'PRINTED') s.used += m.quantity;
      s.onHand += m.delta;
      if (s.onHand < 0) throw new Error(`seed: negative ${p.code} at ${reg.code} on ${m.occurred_on}`);
      s.last = m.created_at as string;
      movements.push(m);
    };
    const base = (p: ItemPlan, day: string, at: number): Movement => ({
      item: p.code,
      location_code: reg.code,
      type: 'ADJUSTMENT',
      quantity: 0,
      delta: 0,
      occurred_on: day,
      created_at: isoOf(Math.min(at, nowMs)),
      reference: null,
      note: null,
      counterpart_code: null,
      counted_on_hand: null,
    });

    // the opening count
    for (const p of PLANS) {
      const q = Math.max(
        p.code === 'BLANGKO_KIA' ? 100 : 3,
        Math.round(p.minimum * uniform(rng, 0.6, 2.2) + rate[p.code] * uniform(rng, 5, 30)),
      );
      const at = localMs(reg.timeZone, firstDay, OPNAME_MINUTE) + Math.floor(hrand(h, 1, PLANS.indexOf(p)) * 50_000);
      push(p, {
        ...base(p, START, at),
        quantity: q,
        delta: q,
        counted_on_hand: q,
        reference: 'OPNAME/2022-07-01',
        note: p.openingNote,
      });
    }

    const restock = (p: ItemPlan, day: string) => {
      const s = must(st.get(p.code), `st ${p.code}`);
      const pol = must(policy.get(p.code), `policy ${p.code}`);
      if (s.onHand >= pol.reorder) return;
      // now and then a late order: the shelf runs out before the next one arrives
      if (pol.r() < 0.12) return;
      const want = rate[p.code] * pol.cover + p.minimum - s.onHand;
      const q = Math.max(pol.pack, Math.ceil(want / pol.pack) * pol.pack);
      const year = day.slice(0, 4);
      const seq = (s.seq.get(year) ?? 0) + 1;
      s.seq.set(year, seq);
      const at = localMs(reg.timeZone, dayNum(day), RECEIPT_MINUTE) + Math.floor(pol.r() * 50_000);
      push(p, {
        ...base(p, day, at),
        type: 'RECEIPT',
        quantity: q,
        delta: q,
        reference: `${p.referencePrefix}/${reg.code}/${year}/${String(seq).padStart(3, '0')}`,
        note: p.receiptNote,
      });
    };

    // Entries a month's use at once (the demo provinces: a week's), and in the last 59 days a
    // week's (the demo provinces: each print day), which the 30-day figures need.
    const recentFrom = lastDay - 59;
    let kiaWant = 0;
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      const day = m.occurred_on as string;
      const n = dayNum(day);
      const at = Date.parse(m.created_at as string);
      const cards = Number(m.quantity);
      const wantToday = Math.round(cards * kiaRatio * (0.6 + 0.8 * hrand(h, n, 7)));
      kiaWant += wantToday;
      acc.RIBBON += (cards + wantToday) / perRoll.RIBBON;
      acc.FILM += (cards + wantToday) / perRoll.FILM;
      const next = list[i + 1]?.occurred_on as string | undefined;
      const wd = weekday(n);
      const recent = n > recentFrom;
      const flush =
        next === undefined ||
        (!recent && dayNum(next) > recentFrom) ||
        (recent ? reg.dailyMode || wd === 5 : reg.dailyMode ? wd === 5 : next.slice(0, 7) !== day.slice(0, 7));
      if (!flush) continue;
      // receipts arrive on working days only
      if (wd !== 0 && wd !== 6) for (const p of PLANS) restock(p, day);
      const kia = PLANS[0];
      const kiaQ = Math.min(must(st.get(kia.code), `st ${kia.code}`).onHand, kiaWant);
      kiaWant = 0;
      if (kiaQ > 0)
        push(kia, { ...base(kia, day, at + kia.lag * 1000), type: 'PRINTED', quantity: kiaQ, delta: -kiaQ });
      for (const p of PLANS.slice(1)) {
        const k = p.code as 'RIBBON' | 'FILM';
        const rolls = Math.min(Math.floor(acc[k]), must(st.get(p.code), `st ${p.code}`).onHand);
        acc[k] -= Math.floor(acc[k]);
        if (rolls > 0) push(p, { ...base(p, day, at + p.lag * 1000), type: 'PRINTED', quantity: rolls, delta: -rolls });
      }
    }

    for (const p of PLANS) {
      const s = must(st.get(p.code), `st ${p.code}`);
      if (s.day !== null)
        daily.push({ location_code: reg.code, item: p.code, day: s.day, delta: s.delta, used: s.used });
      balances.push({
        location_code: reg.code,
        item: p.code,
        on_hand: s.onHand,
        minimum: p.minimum,
        last_movement_at: s.last,
      });
    }
  }
  return { movements, balances, daily };
}
