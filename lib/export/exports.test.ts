import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { seedBase } from '@/lib/demo/seed';
import { getLedger, getProvinceStock, planProvinceAllocation } from '@/lib/stock/queries';
import { recordMovement } from '@/lib/stock/movements';
import { getOverview } from '@/lib/overview/queries';
import { getQueue } from '@/lib/queue/figures';
import { createCounter, createOffice, listOffices } from '@/lib/queue/offices';
import { listAuditForExport } from '@/lib/auditlog/queries';
import { listUsers } from '@/lib/users/queries';
import { listIkdCampaigns } from '@/lib/ikd/writes';
import { getMonthlyReport } from '@/lib/reports/queries';
import { capNote, exportResponse, toXlsxBook, type Column } from './table';
import { STOCK_COLUMNS, LEDGER_COLUMNS, ALLOCATION_COLUMNS } from './stock';
import { OVERVIEW_COLUMNS } from './overview';
import { COUNTER_COLUMNS, CAMPAIGN_COLUMNS, OFFICE_COLUMNS, counterRows, officeCounterRows } from './domains';
import { AUDIT_COLUMNS, USER_COLUMNS } from './admin';
import { REPORT_TABLES, reportSheets } from './reports';
import { ADMIN, KADIS_JAMBI, OP_KOTA_JAMBI } from '@/tests/actors';
import { parseCsv } from '@/tests/csv';
import { ALLOCATION_HEADER_ID, OVERVIEW_HEADER_ID, STOCK_HEADER_ID } from '@/tests/export-headers';

/** Issue 6: every export holds exactly the columns its page shows, numbers as numbers and
 *  dates as dates, read back the way a user's spreadsheet reads them. */

const NOW = new Date('2026-11-23T05:00:00Z');

async function csv<T>(columns: Column<T>[], rows: T[], lang: 'id' | 'en' = 'id') {
  const res = await exportResponse('csv', { what: 't', region: '15 Jambi', day: '2026-10-31', lang, columns, rows });
  return parseCsv(await res.text());
}

async function xlsx<T>(columns: Column<T>[], rows: T[], lang: 'id' | 'en' = 'id') {
  const res = await exportResponse('xlsx', { what: 't', region: '15 Jambi', day: '2026-10-31', lang, columns, rows });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
  return wb.worksheets[0];
}

const values = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : `not a date: ${String(v)}`);

describe.each(DB_KINDS)('table exports on %s', (kind) => {
  const h = useFreshDb(kind, seedBase);
  beforeAll(async () => {
    const rec = (code: string, type: 'RECEIPT' | 'PRINTED', quantity: number, occurredOn: string) =>
      recordMovement(
        ADMIN,
        code,
        { type, quantity, occurredOn, reference: undefined, note: undefined },
        { handle: h, now: NOW },
      );
    await rec('15', 'RECEIPT', 1000, '2026-10-02');
    await rec('15.71', 'RECEIPT', 400, '2026-10-03');
    await rec('15.71', 'PRINTED', 30, '2026-10-10');
    await h.db
      .insertInto('ikd_campaigns')
      .values([
        {
          regency_code: '15.71',
          day: '2026-10-05',
          place: 'SMA 1, "Telanaipura"',
          segment: 'MAHASISWA',
          planned: 120,
          achieved: 97,
          notes: null,
          created_at: '2026-10-01T01:00:00.000Z',
        },
        {
          regency_code: '15.71',
          day: '2026-12-01',
          place: 'Pasar Angso Duo',
          segment: 'UMUM',
          planned: 50,
          achieved: null,
          notes: 'tenda',
          created_at: '2026-10-01T01:00:00.000Z',
        },
      ])
      .execute();
    const office = await createOffice(
      OP_KOTA_JAMBI,
      { regencyCode: '15.71', name: 'Disdukcapil Kota Jambi', kind: 'DINAS', opensAt: '08:00', closesAt: '15:00' },
      h,
    );
    await createCounter(OP_KOTA_JAMBI, office.id, { name: 'Loket 1', services: ['IKD'] }, h);
    await createCounter(
      OP_KOTA_JAMBI,
      office.id,
      { name: 'Loket 2', services: ['KK', 'IKD'], capacity: 40, isOpen: false },
      h,
    );
    await createOffice(
      OP_KOTA_JAMBI,
      { regencyCode: '15.71', name: 'Kecamatan Telanaipura', kind: 'KECAMATAN', opensAt: '08:00', closesAt: '12:00' },
      h,
    );
  });

  it('stock: the columns of the /stok table, status and days of cover as shown, dates as dates', async () => {
    const data = await getProvinceStock(KADIS_JAMBI, { province: '15', asOf: '2026-10-31' }, h);
    const rows = await csv(STOCK_COLUMNS, data.regencies);
    expect(rows[0]).toEqual(STOCK_HEADER_ID);
    expect(rows).toHaveLength(1 + 11);
    const kota = rows.find((r) => r[0] === '15.71')!;
    const k = data.regencies.find((r) => r.regencyCode === '15.71')!;
    expect(kota.slice(0, 4)).toEqual(['15.71', 'Kota Jambi', '370', String(k.minimum)]);
    expect(kota[8]).toBe('2026-10-10');
    const ws = await xlsx(STOCK_COLUMNS, data.regencies, 'en');
    expect(values(ws, 1)).toEqual([
      'Code',
      'Regency/city',
      'On hand',
      'Minimum',
      'Status',
      'Average use/day',
      'Cover (days)',
      'Projected stock-out',
      'Last update',
      'Overdue',
    ]);
    const n = 2 + data.regencies.indexOf(k);
    expect(ws.getCell(n, 3).value).toBe(370);
    expect(typeof ws.getCell(n, 6).value).toBe('number');
    expect(iso(ws.getCell(n, 9).value)).toBe('2026-10-10');
    expect(ws.getCell(n, 10).value).toBe(k.overdue ? 'Yes' : 'No');
  });

  it('ledger: date, type, counterpart, change, balance, reference, note, reversed, recorded by', async () => {
    const data = await getLedger(OP_KOTA_JAMBI, '15.71', { limit: 50 }, h);
    const rows = await csv(LEDGER_COLUMNS, data.items);
    expect(rows).toEqual([
      ['Tanggal', 'Jenis', 'Lawan', 'Perubahan', 'Saldo', 'Referensi', 'Keterangan', 'Dibatalkan', 'Dicatat oleh'],
      ['2026-10-10', 'Dicetak', '', '-30', '370', '', '', 'Tidak', ''],
      ['2026-10-03', 'Penerimaan', '', '400', '400', '', '', 'Tidak', ''],
    ]);
    const ws = await xlsx(LEDGER_COLUMNS, data.items);
    expect(iso(ws.getCell('A2').value)).toBe('2026-10-10');
    expect(ws.getCell('D2').value).toBe(-30);
    expect(ws.getCell('E2').value).toBe(370);
  });

  it('overview: the drill-down table of a province', async () => {
    const data = await getOverview(KADIS_JAMBI, { scope: '15', asOf: '2026-10-31' }, h, NOW);
    const rows = await csv(OVERVIEW_COLUMNS, data.children);
    expect(rows[0]).toEqual(OVERVIEW_HEADER_ID);
    expect(rows).toHaveLength(1 + 11);
    const c = data.children.find((x) => x.code === '15.71')!;
    const ws = await xlsx(OVERVIEW_COLUMNS, data.children);
    const n = 2 + data.children.indexOf(c);
    expect(values(ws, n).slice(0, 3)).toEqual(['15.71', 'Kota Jambi', 370]);
    expect(ws.getCell(n, 6).value).toBe(c.ikd.percent);
    expect(typeof ws.getCell(n, 8).value).toBe('number');
  });

  it('queue: one row per counter of the office cards', async () => {
    const data = await getQueue(KADIS_JAMBI, { scope: '15', asOf: '2026-10-31' }, h, NOW);
    const rows = await csv(COUNTER_COLUMNS, counterRows(data.offices));
    expect(rows[0]).toEqual([
      'Kantor',
      'Kabupaten/kota',
      'Tanggal',
      'Loket',
      'Status',
      'Sedang dilayani',
      'Menunggu',
      'Dilayani',
      'Tidak hadir',
      'Utilisasi (%)',
      'Rata-rata tunggu (mnt)',
      'Tunggu terlama (mnt)',
      'Rata-rata layanan (mnt)',
      'Dipanggil ≤ 15 menit (%)',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[6]])).toEqual([
      ['Disdukcapil Kota Jambi', '2026-10-31', 'Loket 1', 'Buka', '0'],
      ['Disdukcapil Kota Jambi', '2026-10-31', 'Loket 2', 'Tutup', '0'],
    ]);
    const ws = await xlsx(COUNTER_COLUMNS, counterRows(data.offices));
    expect(iso(ws.getCell('C2').value)).toBe('2026-10-31');
    expect(ws.getCell('G2').value).toBe(0);
  });

  it('offices: one row per counter, an office without counters as one row', async () => {
    const offices = await listOffices(OP_KOTA_JAMBI, { scope: '15.71' }, h);
    const rows = await csv(OFFICE_COLUMNS, officeCounterRows(offices), 'en');
    const dinas = ['15.71', 'Kota Jambi', 'Disdukcapil Kota Jambi', 'Disdukcapil office', '08:00', '15:00'];
    expect(rows).toEqual([
      ['Code', 'Regency', 'Office', 'Kind', 'Opens', 'Closes', 'Counters', 'Services', 'Capacity', 'Status'],
      [...dinas, 'Loket 1', 'IKD activation', '60', 'Open'],
      [...dinas, 'Loket 2', 'IKD activation, Family card', '40', 'Closed'],
      ['15.71', 'Kota Jambi', 'Kecamatan Telanaipura', 'Kecamatan office', '08:00', '12:00', '', '', '', ''],
    ]);
    const ws = await xlsx(OFFICE_COLUMNS, officeCounterRows(offices));
    expect(ws.getCell('I3').value).toBe(40);
    expect(ws.getCell('I4').value).toBeNull();
  });

  it('campaigns: date, place, notes, segment, planned, achieved', async () => {
    const data = await listIkdCampaigns(OP_KOTA_JAMBI, '15.71', h);
    const rows = await csv(CAMPAIGN_COLUMNS, data.campaigns);
    expect(rows).toEqual([
      ['Tanggal', 'Tempat', 'Catatan', 'Segmen', 'Rencana', 'Tercapai'],
      ['2026-12-01', 'Pasar Angso Duo', 'tenda', 'Umum', '50', ''],
      ['2026-10-05', 'SMA 1, "Telanaipura"', '', 'Pelajar/mahasiswa', '120', '97'],
    ]);
    const ws = await xlsx(CAMPAIGN_COLUMNS, data.campaigns);
    expect(iso(ws.getCell('A3').value)).toBe('2026-10-05');
    expect(ws.getCell('F3').value).toBe(97);
    expect(ws.getCell('F2').value).toBeNull();
  });

  it('audit: every matching entry up to the cap, the file saying when it was cut', async () => {
    const all = await listAuditForExport(KADIS_JAMBI, { limit: 50, region: '15.71' }, 100, h);
    // in Kota Jambi: two stock movements, then two offices and two counters were created
    expect(all.entries.map((e) => e.action).sort()).toEqual([
      'counter.create',
      'counter.create',
      'office.create',
      'office.create',
      'stock.movement.printed',
      'stock.movement.receipt',
    ]);
    expect(all.capped).toBe(false);
    const cut = await listAuditForExport(KADIS_JAMBI, { limit: 50, region: '15.71', cursor: 1 }, 3, h);
    expect(cut.entries).toHaveLength(3); // the page cursor is ignored: all rows, newest first
    expect(cut.capped).toBe(true);
    const res = await exportResponse('csv', {
      what: 'audit',
      region: '15.71 Kota Jambi',
      day: '2026-11-23',
      lang: 'id',
      columns: AUDIT_COLUMNS,
      rows: cut.entries,
      note: capNote(3, 'id'),
    });
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(['Waktu (UTC)', 'Pengguna', 'Tindakan', 'Wilayah', 'Sebelum', 'Sesudah']);
    expect(rows[1][0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(rows[1][1]).toBe('operator.kotajambi');
    expect(rows).toHaveLength(5);
    expect(rows[4]).toEqual(['Dipotong: hanya 3 baris terbaru yang cocok. Persempit saringan untuk sisanya.']);
    const ws = await xlsx(AUDIT_COLUMNS, cut.entries);
    expect(ws.getCell('A2').value).toBeInstanceOf(Date);
    expect((ws.getCell('A2').value as Date).toISOString()).toBe(cut.entries[0].at);
  });

  it('users: the columns of /pengguna', async () => {
    const users = await listUsers(ADMIN, h);
    const rows = await csv(USER_COLUMNS, users);
    expect(rows[0]).toEqual(['Nama pengguna', 'Nama lengkap', 'Peran', 'Wilayah', 'Status', 'Wajib ganti sandi']);
    expect(rows).toHaveLength(1 + users.length);
  });

  it('monthly report: one sheet per table in the order of the page, numbers as numbers', async () => {
    const data = await getMonthlyReport(KADIS_JAMBI, { scope: '15', month: '2026-10' }, h, NOW);
    const sheets = reportSheets(data, 'id');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await toXlsxBook(
        REPORT_TABLES.map((t) => sheets[t]),
        'id',
      )) as unknown as ArrayBuffer,
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Stok', 'Mutasi', 'IKD', 'Segmen dan kanal', 'Antrean']);
    const stock = wb.getWorksheet('Stok')!;
    expect(values(stock, 1)).toEqual([
      'Kode',
      'Wilayah',
      'Stok',
      'Minimum',
      'Status',
      'Pemakaian/hari',
      'Cukup (hari)',
      'Saldo awal bulan',
    ]);
    expect(stock.rowCount).toBe(1 + 11);
    const mut = wb.getWorksheet('Mutasi')!;
    expect(values(mut, 1)).toEqual(['Jenis', 'Jumlah transaksi', 'Kuantitas', 'Perubahan stok']);
    const byType = Object.fromEntries(
      [2, 3, 4].filter((n) => n <= mut.rowCount).map((n) => [mut.getCell(n, 1).value, values(mut, n).slice(1)]),
    );
    expect(byType.PRINTED).toEqual([1, 30, -30]);
    expect(values(wb.getWorksheet('IKD')!, 1)).toEqual([
      'Peringkat',
      'Kode',
      'Wilayah',
      'Aktivasi IKD',
      'Persen (%)',
      'Target (%)',
    ]);
    expect(values(wb.getWorksheet('Antrean')!, 1)).toEqual([
      'Kantor',
      'Hari layanan',
      'Tiket',
      'Dilayani',
      'Tidak hadir',
      'Tingkat layanan (≤ 15 mnt) (%)',
    ]);
  });

  it('allocation plan: the lines of the planner with the shown columns', async () => {
    const plan = await planProvinceAllocation(KADIS_JAMBI, '15', 500, h);
    const rows = await csv(ALLOCATION_COLUMNS, plan.lines);
    expect(rows[0]).toEqual(ALLOCATION_HEADER_ID);
    expect(rows.slice(1).reduce((s, r) => s + Number(r[2]), 0)).toBe(500);
    const ws = await xlsx(ALLOCATION_COLUMNS, plan.lines);
    expect(typeof ws.getCell('C2').value).toBe('number');
  });
});
