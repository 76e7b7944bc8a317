/** The national-scale dataset for benchmarks (SPEC §9, issue 7): every regency with its
 *  Disdukcapil office and one office per kecamatan (≈ 7,800 offices, ≈ 20,000 counters), stock
 *  and IKD history day by day for every regency since 1 July 2022 (the demo generators in daily
 *  mode, so the maintained aggregates stock_balances/stock_daily/ikd_month_totals come out of the
 *  same pass as the raw rows), two years of tickets (≈ 11 million) and the demo accounts.
 *  Deterministic: seeded PRNG streams per purpose and office, same output for the same `now`. */
import { sql } from 'kysely';
import { openDb, type DbKind } from '@/lib/db';
import { loadRegionRows, type RegionRow } from '@/lib/regions/data';
import { hashPassword } from '@/lib/auth/password';
import { audit } from '@/lib/auditlog/write';
import { localDate } from '@/lib/time';
import { ticketCode } from '@/lib/queue/rules';
import { DEMO_PASSWORD, demoAccounts, seedBase } from './seed';
import { seedRegions } from './population';
import { CLOSE_MIN, CLOSES, MIN, OPEN_MIN, OPENS, SERVICE_MIX } from './queue';
import { generateStock } from './stock';
import { generateItems } from './items';
import { generateIkd } from './ikd';
import { dayNum, dayStr, hrand, isoOf, localMs, streamFor, weekday, type Rng } from './util';
import { openBulkWriter, type BulkTable, type BulkWriter } from './national-bulk';
import { must } from '@/lib/must';

export const NATIONAL_SEED = 20240417;
/** Ticket history: the last two years of weekdays, plus today. */
export const TICKET_DAYS = 730;

export type NationalProgress = (fraction: number, label: string) => void;

export interface NationalSummary {
  kind: DbKind;
  regencies: number;
  offices: number;
  counters: number;
  tickets: number;
  stockMovements: number;
  stockDailyRows: number;
  ikdDailyRows: number;
  ikdMonthRows: number;
  seconds: number;
}

const T = {
  population: {
    name: 'ikd_population',
    cols: [
      ['regency_code', 'text'],
      ['valid_from', 'text'],
      ['wajib_ktp', 'int'],
    ],
  },
  movements: {
    name: 'stock_movements',
    cols: [
      ['item', 'text'],
      ['location_code', 'text'],
      ['type', 'text'],
      ['quantity', 'int'],
      ['delta', 'int'],
      ['occurred_on', 'text'],
      ['created_at', 'text'],
      ['reference', 'text'],
      ['note', 'text'],
      ['counterpart_code', 'text'],
      ['counted_on_hand', 'int'],
    ],
  },
  balances: {
    name: 'stock_balances',
    cols: [
      ['location_code', 'text'],
      ['item', 'text'],
      ['on_hand', 'int'],
      ['minimum', 'int'],
      ['last_movement_at', 'text'],
    ],
  },
  stockDaily: {
    name: 'stock_daily',
    cols: [
      ['location_code', 'text'],
      ['item', 'text'],
      ['day', 'text'],
      ['delta', 'int'],
      ['used', 'int'],
    ],
  },
  ikdDaily: {
    name: 'ikd_daily',
    cols: [
      ['regency_code', 'text'],
      ['day', 'text'],
      ['segment', 'text'],
      ['channel', 'text'],
      ['count', 'int'],
    ],
  },
  ikdMonths: {
    name: 'ikd_month_totals',
    cols: [
      ['regency_code', 'text'],
      ['month', 'text'],
      ['total', 'int'],
    ],
  },
  offices: {
    name: 'offices',
    cols: [
      ['id', 'int'],
      ['regency_code', 'text'],
      ['province_code', 'text'],
      ['name', 'text'],
      ['kind', 'text'],
      ['opens_at', 'text'],
      ['closes_at', 'text'],
    ],
  },
  counters: {
    name: 'counters',
    cols: [
      ['id', 'int'],
      ['office_id', 'int'],
      ['name', 'text'],
      ['services', 'text'],
      ['capacity', 'int'],
      ['is_open', 'int'],
    ],
  },
  tickets: {
    name: 'tickets',
    cols: [
      ['id', 'int'],
      ['office_id', 'int'],
      ['service', 'text'],
      ['day', 'text'],
      ['number', 'int'],
      ['code', 'text'],
      ['status', 'text'],
      ['issued_at', 'text'],
      ['called_at', 'text'],
      ['done_at', 'text'],
      ['counter_id', 'int'],
    ],
  },
  sequences: {
    name: 'ticket_sequences',
    cols: [
      ['office_id', 'int'],
      ['service', 'text'],
      ['day', 'text'],
      ['last_number', 'int'],
    ],
  },
} satisfies Record<string, BulkTable>;

/** Rows of objects → arrays in the table's column order (absent keys become null). */
async function insertObjects(w: BulkWriter, t: BulkTable, rows: object[], tick: (n: number) => void) {
  const CHUNK = 20_000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => t.cols.map(([c]) => (r as Record<string, unknown>)[c] ?? null));
    await w.insert(t, chunk);
    tick(chunk.length);
  }
}

interface NCounter {
  id: number;
  name: string;
  services: string[];
  capacity: number;
  isOpen: boolean;
}

interface NOffice {
  id: number;
  regencyCode: string;
  provinceCode: string;
  timeZone: string;
  name: string;
  kind: 'DINAS' | 'KECAMATAN';
  counters: NCounter[];
}

const FIRST_REGENCY = '15.71';

/** One Disdukcapil office per regency (Kota Jambi's first, so its office and 'Loket 1' get id 1,
 *  as in the demo) and one office per kecamatan. */
export function planNationalOffices(regencies: RegionRow[], districtsByRegency: Map<string, RegionRow[]>): NOffice[] {
  const list = [...regencies].sort((a, b) =>
    a.code === FIRST_REGENCY ? -1 : b.code === FIRST_REGENCY ? 1 : a.code.localeCompare(b.code),
  );
  const offices: NOffice[] = [];
  let counterId = 0;
  const counter = (name: string, services: string, isOpen = true): NCounter => ({
    id: ++counterId,
    name,
    services: services.split(','),
    capacity: 60,
    isOpen,
  });
  for (const r of list) {
    const base = { regencyCode: r.code, provinceCode: r.provinceCode, timeZone: r.timeZone };
    offices.push({
      ...base,
      id: offices.length + 1,
      name: `Disdukcapil ${r.name}`,
      kind: 'DINAS',
      counters: [
        counter('Loket 1', 'IKD'),
        counter('Loket 2', 'IKD'),
        counter('Loket 3', 'IKD', r.code !== '16.71'),
        counter('Loket 4', 'KTP_EL'),
        counter('Loket 5', 'KK,AKTA'),
      ],
    });
    const districts = [...(districtsByRegency.get(r.code) ?? [])].sort((a, b) => a.code.localeCompare(b.code));
    for (const d of districts) {
      const id = offices.length + 1;
      const counters = [counter('Loket 1', 'IKD,KTP_EL'), counter('Loket 2', 'KK,AKTA')];
      if (hrand(id, 7, 1) < 0.38) counters.push(counter('Loket 3', 'IKD,KTP_EL,KK,AKTA'));
      offices.push({ ...base, id, name: `Kantor Kecamatan ${d.name}`, kind: 'KECAMATAN', counters });
    }
  }
  return offices;
}

const SPAN_MS = (CLOSE_MIN - OPEN_MIN) * MIN;

function pickService(u: number): number {
  let x = u;
  for (let i = 0; i < SERVICE_MIX.length; i++) {
    x -= SERVICE_MIX[i][1];
    if (x < 0) return i;
  }
  return 0;
}

/** Tickets of one office over the history, pushed as rows (tickets columns) into `out`. */
function officeTickets(
  seed: number,
  office: NOffice,
  now: Date,
  nextId: () => number,
  out: unknown[][],
  sequences: unknown[][],
) {
  const rng: Rng = streamFor(seed, 'ntickets', String(office.id));
  const nowMs = now.getTime();
  const today = dayNum(localDate(office.timeZone, now));
  const open = office.counters.filter((c) => c.isOpen);
  const eligible = SERVICE_MIX.map(([s]) => open.filter((c) => c.services.includes(s)));
  const rr = [0, 0, 0, 0];
  for (let d = today - TICKET_DAYS; d <= today; d++) {
    const wd = weekday(d);
    if (d !== today && (wd === 0 || wd === 6)) continue;
    const n = office.kind === 'DINAS' ? 10 + Math.floor(rng() * 21) : Math.floor(rng() * 4);
    if (n === 0) continue;
    const openMs = localMs(office.timeZone, d, OPEN_MIN);
    const times: number[] = [];
    for (let i = 0; i < n; i++) times.push(openMs + Math.floor(Math.pow(rng(), 1.3) * SPAN_MS));
    times.sort((a, b) => a - b);
    const day = dayStr(d);
    const numbers = [0, 0, 0, 0];
    const isToday = d === today;
    for (const issued of times) {
      if (isToday && issued > nowMs) break;
      const si = pickService(rng());
      const number = ++numbers[si];
      const code = ticketCode(SERVICE_MIX[si][0], number);
      const u = rng();
      const called = issued + (2 + rng() * 18) * MIN;
      const noShow = u < 0.1;
      const done = called + (noShow ? 1 + rng() * 2 : 3 + rng() * 9) * MIN;
      const cands = eligible[si];
      const counter = cands.length ? cands[rr[si]++ % cands.length] : null;
      let status: string;
      let calledAt: string | null = null;
      let doneAt: string | null = null;
      let counterId: number | null = null;
      if (isToday && issued > nowMs - 25 * MIN) status = 'WAITING';
      else if (u < 0.02 || counter === null) {
        status = 'CANCELLED';
        doneAt = isoOf(Math.min(issued + 10 * MIN, isToday ? nowMs : Infinity));
      } else if (isToday && called > nowMs) status = 'WAITING';
      else if (isToday && done > nowMs) {
        status = 'CALLED';
        calledAt = isoOf(Math.floor(called));
        counterId = counter.id;
      } else {
        status = noShow ? 'NO_SHOW' : 'DONE';
        calledAt = isoOf(Math.floor(called));
        doneAt = isoOf(Math.floor(done));
        counterId = counter.id;
      }
      out.push([
        nextId(),
        office.id,
        SERVICE_MIX[si][0],
        day,
        number,
        code,
        status,
        isoOf(issued),
        calledAt,
        doneAt,
        counterId,
      ]);
    }
    if (isToday) numbers.forEach((last, si) => last > 0 && sequences.push([office.id, SERVICE_MIX[si][0], day, last]));
  }
}

/** Builds the national dataset into the (empty) database at `url`. */
export async function seedNational(
  url: string,
  opts: { now?: Date; onProgress?: NationalProgress } = {},
): Promise<NationalSummary> {
  const started = Date.now();
  const now = opts.now ?? new Date();
  const nowIsoStr = now.toISOString();
  const progress = opts.onProgress ?? (() => undefined);
  const seed = NATIONAL_SEED;
  const hashPromise = hashPassword(DEMO_PASSWORD);

  // 1. schema, regions and national targets through the ordinary query layer
  progress(0, 'Wilayah');
  let handle = await openDb(url);
  const kind = handle.kind;
  await seedBase(handle);
  await handle.close();

  const regionRows = loadRegionRows();
  const { provinces, regencies, districtsByRegency, inputs } = seedRegions(seed, regionRows, () => true);
  const offices = planNationalOffices(regencies, districtsByRegency);
  const counters = offices.reduce((s, o) => s + o.counters.length, 0);
  // expected ticket rows, for the progress line only
  const weekdays = Math.round((TICKET_DAYS * 5) / 7);
  const dinas = offices.filter((o) => o.kind === 'DINAS').length;
  const expectedTickets = weekdays * (dinas * 20 + (offices.length - dinas) * 1.5);

  // 2. the bulk load
  const w = await openBulkWriter(kind, url);
  let rows = 0;
  let expected = 4_000_000 + expectedTickets; // refined once stock and IKD are generated
  let label = 'Stok blangko';
  const tick = (n: number) => {
    rows += n;
    progress(Math.min(0.99, 0.02 + (0.93 * rows) / expected), label);
  };
  const summary: NationalSummary = {
    kind,
    regencies: regencies.length,
    offices: offices.length,
    counters,
    tickets: 0,
    stockMovements: 0,
    stockDailyRows: 0,
    ikdDailyRows: 0,
    ikdMonthRows: 0,
    seconds: 0,
  };
  try {
    await insertObjects(
      w,
      T.population,
      inputs.map((r) => ({ regency_code: r.code, valid_from: '2022-01-01', wajib_ktp: r.wajibKtp })),
      tick,
    );
    {
      progress(0.02, 'Stok blangko (menghitung)');
      const stock = generateStock(seed, now, inputs, provinces);
      summary.stockMovements = stock.movements.length;
      summary.stockDailyRows = stock.daily.length;
      await insertObjects(w, T.movements, stock.movements, tick);
      await insertObjects(w, T.balances, stock.balances, tick);
      await insertObjects(w, T.stockDaily, stock.daily, tick);
      // SPEC §16: KIA blanks, ribbon and film, a month's (lately a week's) use per entry
      const items = generateItems(
        seed,
        now,
        inputs.map((r) => ({ ...r, dailyMode: false })),
        stock.movements,
      );
      summary.stockMovements += items.movements.length;
      summary.stockDailyRows += items.daily.length;
      await insertObjects(w, T.movements, items.movements, tick);
      await insertObjects(w, T.balances, items.balances, tick);
      await insertObjects(w, T.stockDaily, items.daily, tick);
    }
    {
      label = 'IKD harian (menghitung)';
      progress(0.02 + (0.93 * rows) / expected, label);
      const ikd = generateIkd(seed, now, inputs);
      summary.ikdDailyRows = ikd.daily.length;
      summary.ikdMonthRows = ikd.monthTotals.length;
      expected = rows + ikd.daily.length + ikd.monthTotals.length + offices.length + counters + expectedTickets;
      label = 'IKD harian';
      await insertObjects(w, T.ikdDaily, ikd.daily, tick);
      await insertObjects(w, T.ikdMonths, ikd.monthTotals, tick);
    }
    label = 'Kantor & loket';
    await w.insert(
      T.offices,
      offices.map((o) => [o.id, o.regencyCode, o.provinceCode, o.name, o.kind, OPENS, CLOSES]),
    );
    tick(offices.length);
    const counterRows = offices.flatMap((o) =>
      o.counters.map((c) => [c.id, o.id, c.name, c.services.join(','), c.capacity, c.isOpen ? 1 : 0]),
    );
    for (let i = 0; i < counterRows.length; i += 20_000) await w.insert(T.counters, counterRows.slice(i, i + 20_000));
    tick(counterRows.length);

    // tickets, streamed office by office: the secondary indexes are built once at the end
    label = 'Tiket antrean';
    await w.exec('DROP INDEX IF EXISTS tickets_office_day');
    await w.exec('DROP INDEX IF EXISTS tickets_day_office');
    let ticketId = 0;
    const nextId = () => ++ticketId;
    let buf: unknown[][] = [];
    const sequences: unknown[][] = [];
    for (const office of offices) {
      officeTickets(seed, office, now, nextId, buf, sequences);
      if (buf.length >= 20_000) {
        await w.insert(T.tickets, buf);
        tick(buf.length);
        buf = [];
      }
    }
    if (buf.length) await w.insert(T.tickets, buf);
    tick(buf.length);
    summary.tickets = ticketId;
    for (let i = 0; i < sequences.length; i += 20_000) await w.insert(T.sequences, sequences.slice(i, i + 20_000));

    label = 'Indeks';
    progress(0.95, label);
    await w.exec('CREATE INDEX tickets_office_day ON tickets (office_id, day, status)');
    await w.exec('CREATE INDEX tickets_day_office ON tickets (day, office_id, status)');
    if (kind === 'postgres') {
      for (const t of ['offices', 'counters', 'tickets'])
        await w.exec(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`);
    }
    label = 'Menyimpan';
    progress(0.97, label);
    await w.finish();
  } finally {
    await w.close();
  }

  // 3. demo accounts and the audit entry through the ordinary query layer
  progress(0.99, 'Akun demo');
  const passwordHash = await hashPromise;
  handle = await openDb(url);
  try {
    const kotaJambi = offices[0];
    const loket1 = must(
      kotaJambi.counters.find((c) => c.name === 'Loket 1'),
      'Loket 1 of Kota Jambi',
    );
    summary.seconds = Math.round((Date.now() - started) / 100) / 10;
    await handle.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('users')
        .values(
          demoAccounts(passwordHash, nowIsoStr, {
            regencyCode: kotaJambi.regencyCode,
            officeId: kotaJambi.id,
            counterId: loket1.id,
          }),
        )
        .execute();
      await audit(tx, {
        at: nowIsoStr,
        actorId: null,
        actorUsername: 'system',
        action: 'national.seed',
        after: { seed, now: nowIsoStr, ...summary },
      });
    });
    if (kind === 'postgres') await sql`ANALYZE users`.execute(handle.db);
  } finally {
    await handle.close();
  }
  progress(1, 'Selesai');
  return summary;
}
