/** Base data (regions, national IKD targets) and the deterministic demo of SPEC §9.
 *  Everything is generated in memory first (seeded PRNG, same output for the same `now`), then
 *  written in one transaction with multi-row inserts. */
import { sql } from 'kysely';
import { writeTx, type DbHandle } from '@/lib/db';
import { loadRegionRows, type RegionRow } from '@/lib/regions/data';
import { hashPassword } from '@/lib/auth/password';
import { audit } from '@/lib/auditlog/write';
import { defaultNationalTarget } from '@/lib/ikd/rules';
import { insertAll } from './util';
import { seedRegions } from './population';
import { generateStock } from './stock';
import { generateItems } from './items';
import { generateIkd } from './ikd';
import { generateTickets, planOffices, type OfficeWithIds } from './queue';
import { seedDemoRequisition } from './requisition';

export const DEMO_SEED = 20230105;
export const DEMO_PASSWORD = 'pantau-demo';
/** Regions whose stock and IKD history are stored day by day over the whole history. */
export const DAILY_PROVINCES = ['15', '16'];
export const DAILY_REGENCIES = ['33.11'];

/** The national IKD targets stored as rows: the ministry's default for 2022–2027. */
export const NATIONAL_TARGETS = [2022, 2023, 2024, 2025, 2026, 2027].map((year) => ({
  year,
  percent: defaultNationalTarget(year),
}));

export type SeedProgress = (done: number, total: number, label: string) => void;

async function insertBase(handle: DbHandle, rows: RegionRow[]): Promise<void> {
  await writeTx(handle, async (tx) => {
    const size = 1000; // 6 columns → 6,000 parameters per statement
    for (let i = 0; i < rows.length; i += size) {
      await tx
        .insertInto('regions')
        .values(
          rows.slice(i, i + size).map((r) => ({
            code: r.code,
            name: r.name,
            level: r.level,
            parent_code: r.parentCode,
            province_code: r.provinceCode,
            time_zone: r.timeZone,
          })),
        )
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
    await tx
      .insertInto('ikd_targets')
      .values(NATIONAL_TARGETS.map((t) => ({ scope_code: 'national', year: t.year, percent: t.percent })))
      .onConflict((oc) => oc.columns(['scope_code', 'year']).doNothing())
      .execute();
  });
}

/** All regions and the national IKD targets. Safe to run twice. */
export async function seedBase(handle: DbHandle): Promise<void> {
  await insertBase(handle, loadRegionRows());
}

/** The eight demo accounts of SPEC §9 as `users` rows (the demo and the national dataset both load
 *  them); `kotaJambi` is the Kota Jambi office and its "Loket 1" counter. */
export function demoAccounts(
  passwordHash: string,
  at: string,
  kotaJambi: { regencyCode: string; officeId: number; counterId: number },
) {
  const user = (
    username: string,
    display_name: string,
    role: string,
    scope_code: string | null,
    office_id: number | null = null,
    counter_id: number | null = null,
  ) => ({
    username,
    password_hash: passwordHash,
    display_name,
    role,
    scope_code,
    office_id,
    counter_id,
    active: 1,
    must_change_password: 0,
    created_at: at,
    updated_at: at,
  });
  const { regencyCode, officeId, counterId } = kotaJambi;
  return [
    user('admin', 'Administrator Nasional (Ditjen Dukcapil)', 'ADMIN', null),
    user('kadis.jambi', 'Kepala Dinas Dukcapil Provinsi Jambi', 'PROVINCE_HEAD', '15'),
    user('kadis.sumsel', 'Kepala Dinas Dukcapil Provinsi Sumatera Selatan', 'PROVINCE_HEAD', '16'),
    user('operator.kotajambi', 'Operator Disdukcapil Kota Jambi', 'REGENCY_OFFICER', '15.71'),
    user('operator.oki', 'Operator Disdukcapil Kabupaten Ogan Komering Ilir', 'REGENCY_OFFICER', '16.02'),
    user('operator.palembang', 'Operator Disdukcapil Kota Palembang', 'REGENCY_OFFICER', '16.71'),
    user(
      'loket1.kotajambi',
      'Petugas Loket 1 Disdukcapil Kota Jambi',
      'COUNTER_OPERATOR',
      regencyCode,
      officeId,
      counterId,
    ),
    user('kiosk.kotajambi', 'Kios Antrean Disdukcapil Kota Jambi', 'KIOSK', regencyCode, officeId),
  ];
}

/** True when the database already holds users (so the demo, or real data, is loaded). */
export async function isSeeded(handle: DbHandle): Promise<boolean> {
  const row = await handle.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function seedDemo(handle: DbHandle, opts: { now?: Date; onProgress?: SeedProgress } = {}): Promise<void> {
  const now = opts.now ?? new Date();
  const nowIsoStr = now.toISOString();
  const TOTAL = 1000;
  let lastReported = -1;
  const report = (done: number, label: string) => {
    const d = Math.max(0, Math.min(TOTAL, Math.round(done)));
    if (d === lastReported && label !== 'Selesai') return;
    lastReported = d;
    opts.onProgress?.(d, TOTAL, label);
  };
  // hash once, in the background (scrypt runs on the libuv pool while we generate)
  const hashPromise = hashPassword(DEMO_PASSWORD);

  report(0, 'Wilayah');
  const regionRows = loadRegionRows();
  await insertBase(handle, regionRows);
  report(20, 'Wilayah');

  const { provinces, regencies, districtsByRegency, inputs } = seedRegions(
    DEMO_SEED,
    regionRows,
    (r) => DAILY_PROVINCES.includes(r.provinceCode) || DAILY_REGENCIES.includes(r.code),
  );

  report(30, 'Riwayat stok blangko');
  const stock = generateStock(DEMO_SEED, now, inputs, provinces);
  // KIA blanks, ribbon and film (SPEC §16), from the e-KTP prints; written after them, so the
  // e-KTP rows keep their ids
  const items = generateItems(DEMO_SEED, now, inputs, stock.movements);
  report(150, 'Riwayat IKD');
  const ikd = generateIkd(DEMO_SEED, now, inputs);
  report(230, 'Riwayat IKD');
  const officePlans = planOffices(regencies, districtsByRegency);
  const passwordHash = await hashPromise;

  const rowsTotal =
    inputs.length +
    stock.movements.length +
    stock.balances.length +
    stock.daily.length +
    items.movements.length +
    items.balances.length +
    items.daily.length +
    ikd.daily.length +
    ikd.monthTotals.length +
    60_000;
  let rowsDone = 0;
  const tickFor = (label: string) => (n: number) => {
    rowsDone += n;
    report(240 + (750 * rowsDone) / rowsTotal, label);
  };

  const summary = await writeTx(handle, async (tx) => {
    let tick = tickFor('IKD: wajib KTP');
    await insertAll(
      tx,
      'ikd_population',
      inputs.map((r) => ({ regency_code: r.code, valid_from: '2022-01-01', wajib_ktp: r.wajibKtp })),
      tick,
    );
    tick = tickFor('Stok blangko');
    await insertAll(tx, 'stock_movements', stock.movements, tick);
    await insertAll(tx, 'stock_balances', stock.balances, tick);
    await insertAll(tx, 'stock_daily', stock.daily, tick);
    await insertAll(tx, 'stock_movements', items.movements, tick);
    await insertAll(tx, 'stock_balances', items.balances, tick);
    await insertAll(tx, 'stock_daily', items.daily, tick);
    tick = tickFor('IKD harian');
    await insertAll(tx, 'ikd_daily', ikd.daily, tick);
    await insertAll(tx, 'ikd_month_totals', ikd.monthTotals, tick);

    // offices (Kota Jambi's Disdukcapil first, so it has the lowest id) and counters
    tick = tickFor('Kantor & antrean');
    await insertAll(
      tx,
      'offices',
      officePlans.map((o) => ({
        regency_code: o.regency_code,
        province_code: o.province_code,
        name: o.name,
        kind: o.kind,
        opens_at: o.opens_at,
        closes_at: o.closes_at,
      })),
    );
    const regencyCodes = [...new Set(officePlans.map((o) => o.regency_code))];
    const officeRows = await tx
      .selectFrom('offices')
      .select(['id', 'regency_code', 'name'])
      .where('regency_code', 'in', regencyCodes)
      .orderBy('id')
      .execute();
    const officeId = new Map<string, number>();
    for (const o of officeRows)
      if (!officeId.has(`${o.regency_code}|${o.name}`)) officeId.set(`${o.regency_code}|${o.name}`, o.id);
    const ids = officePlans.map((o) => officeId.get(`${o.regency_code}|${o.name}`) as number);
    await insertAll(
      tx,
      'counters',
      officePlans.flatMap((o, i) =>
        o.counters.map((c) => ({
          office_id: ids[i],
          name: c.name,
          services: c.services,
          capacity: c.capacity,
          is_open: c.is_open,
        })),
      ),
    );
    const counterRows = await tx
      .selectFrom('counters')
      .select(['id', 'office_id', 'name'])
      .where('office_id', 'in', ids)
      .orderBy('id')
      .execute();
    const counterId = new Map<string, number>();
    for (const c of counterRows)
      if (!counterId.has(`${c.office_id}|${c.name}`)) counterId.set(`${c.office_id}|${c.name}`, c.id);
    const offices: OfficeWithIds[] = officePlans.map((o, i) => ({
      ...o,
      id: ids[i],
      counterIds: o.counters.map((c) => counterId.get(`${ids[i]}|${c.name}`) as number),
    }));
    const queue = generateTickets(DEMO_SEED, now, offices);
    await insertAll(tx, 'tickets', queue.tickets, tick);
    await insertAll(tx, 'ticket_sequences', queue.sequences, tick);

    // demo accounts
    report(990, 'Akun demo');
    const kotaJambi = offices[0];
    const loket1 = kotaJambi.counterIds[kotaJambi.counters.findIndex((c) => c.name === 'Loket 1')];
    const users = demoAccounts(passwordHash, nowIsoStr, {
      regencyCode: kotaJambi.regency_code,
      officeId: kotaJambi.id,
      counterId: loket1,
    });
    await insertAll(tx, 'users', users);

    // SPEC §17: Jambi's Q1 2023 requisition, the 5 January 2023 shipment booked against it
    report(995, 'Permintaan blangko');
    const head = await tx
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'kadis.jambi')
      .executeTakeFirstOrThrow();
    const requisitionId = await seedDemoRequisition(
      handle,
      tx,
      {
        id: head.id,
        username: 'kadis.jambi',
        displayName: 'Kepala Dinas Dukcapil Provinsi Jambi',
        role: 'PROVINCE_HEAD',
        scopeCode: '15',
        officeId: null,
        counterId: null,
        mustChangePassword: false,
      },
      now,
    );

    const summary = {
      seed: DEMO_SEED,
      now: nowIsoStr,
      regions: regionRows.length,
      wajibKtpTotal: inputs.reduce((a, r) => a + r.wajibKtp, 0),
      stockMovements: stock.movements.length,
      stockDailyRows: stock.daily.length,
      itemMovements: items.movements.length,
      ikdDailyRows: ikd.daily.length,
      ikdCalibration: ikd.calibration,
      offices: offices.length,
      counters: counterRows.length,
      tickets: queue.tickets.length,
      users: users.map((u) => u.username),
      requisitionId,
    };
    await audit(tx, { at: nowIsoStr, actorId: null, actorUsername: 'system', action: 'demo.seed', after: summary });
    return summary;
  });
  if (handle.kind === 'sqlite') {
    await sql`PRAGMA optimize`.execute(handle.db);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(handle.db);
  } else await sql`ANALYZE`.execute(handle.db);
  report(TOTAL, 'Selesai');
  void summary;
}
