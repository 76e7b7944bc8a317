import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fmtDay } from '../lib/format';
import { fmtId, openAs, signIn } from './helpers';
import { parseCsv } from '../tests/csv';
import { ALLOCATION_HEADER_ID, OVERVIEW_HEADER_ID, STOCK_HEADER_ID } from '../tests/export-headers';

/** Issue 6: a head prints last month's province report to PDF (the figures are in the text) and
 *  exports the stock table to XLSX (read back with exceljs). */

function lastMonthOf(today: string): { month: string; end: string } {
  const [y, m] = today.split('-').map(Number);
  const month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const first = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  const end = new Date(first.getTime() - 86_400_000).toISOString().slice(0, 10);
  return { month, end };
}

const dir = mkdtempSync(join(tmpdir(), 'pantau-report-'));

test('a head prints last month’s province report to A4 PDF with the figures of the API', async ({ page }) => {
  await signIn(page, 'kadis.jambi');
  const now = await (await page.request.get('/api/v1/stock?province=15')).json();
  const { month, end } = lastMonthOf(now.today);
  const stock = await (await page.request.get(`/api/v1/stock?province=15&asOf=${end}`)).json();
  const ikd = await (await page.request.get(`/api/v1/ikd?province=15&asOf=${end}`)).json();
  const kotaJambi = ikd.rows.find((r: { code: string }) => r.code === '15.71');

  await page.goto('/laporan');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jambi');
  await expect(page.getByTestId('report-stock-total')).toHaveText(fmtId(stock.summary.onHand));
  await expect(page.getByRole('button', { name: 'Cetak / Simpan PDF' })).toBeVisible();
  expect(page.url()).not.toContain('month=');
  await page.goto(`/laporan?scope=15&month=${month}`);
  await expect(page.getByTestId('report-stock-total')).toHaveText(fmtId(stock.summary.onHand));
  await expect(page.locator('.report-chart svg').first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.no-print')).toBeHidden();
  const pdfPath = join(dir, 'laporan.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Laporan bulanan');
  expect(text).toContain('Jambi');
  expect(text).toContain(fmtId(stock.summary.onHand));
  expect(text).toContain(fmtId(kotaJambi.activations));
  expect(text).toContain(stock.regencies[0].name);
  expect(text).not.toContain('Penyeimbangan'); // no navigation chrome
  // Every page carries the running header (report, region, period) and "Halaman i dari n".
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1]);
  expect(pages).toBeGreaterThan(1);
  for (let i = 1; i <= pages; i++) {
    const pageText = execFileSync('pdftotext', ['-f', String(i), '-l', String(i), pdfPath, '-'], { encoding: 'utf8' });
    expect(pageText).toContain(`Halaman ${i} dari ${pages}`);
    expect(pageText).toContain('Laporan bulanan · Jambi (15)');
    expect(pageText).toContain(`Periode: ${fmtDay(`${month}-01`)}`);
  }
});

test('the stock table downloads as XLSX with the figures of the API', async ({ page }) => {
  await signIn(page, 'kadis.jambi');
  const stock = await (await page.request.get('/api/v1/stock?province=15')).json();
  await page.goto('/stok?kode=15');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /XLSX/ }).first().click(),
  ]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  expect(download.suggestedFilename()).toMatch(/^pantau-stok-15-jambi-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const codeCol = header.indexOf('Kode');
  const onHandCol = header.indexOf('Stok');
  expect(header.slice(1)).toEqual(STOCK_HEADER_ID);
  expect(codeCol).toBeGreaterThan(0);
  const expected = stock.regencies.find((r: { regencyCode: string }) => r.regencyCode === '15.71').onHand;
  let found: unknown = null;
  ws.eachRow((row) => {
    if (row.getCell(codeCol).value === '15.71') found = row.getCell(onHandCol).value;
  });
  expect(found).toBe(expected);

  // the table's order lives in the URL: a reloaded (or shared) link keeps it
  await page.getByRole('button', { name: 'Urutkan menurut Stok' }).click();
  await page.getByRole('button', { name: 'Urutkan menurut Stok' }).click();
  await expect(page).toHaveURL(/urut=onHand&arah=turun/);
  await expect(page.getByTestId('stock-export').getByRole('link', { name: 'Unduh CSV' })).toHaveAttribute(
    'href',
    '/api/v1/stock?province=15&urut=onHand&arah=turun&format=csv',
  );
  await page.reload();
  const most = [...stock.regencies].sort(
    (a: { onHand: number; regencyCode: string }, b: { onHand: number; regencyCode: string }) =>
      b.onHand - a.onHand || (a.regencyCode < b.regencyCode ? 1 : -1),
  )[0];
  await expect(page.getByTestId('province-table').locator('tbody tr').first()).toHaveAttribute(
    'data-code',
    most.regencyCode,
  );
});

test('the IKD ranking and queue tables download as CSV and XLSX; an officer’s report is its regency', async ({
  page,
}) => {
  await signIn(page, 'kadis.jambi');
  const ikd = await (await page.request.get('/api/v1/ikd?province=15')).json();
  const csv = await page.request.get('/api/v1/ikd?province=15&format=csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(csv.headers()['content-disposition']).toContain('pantau-ikd-15-');
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines).toHaveLength(ikd.rows.length + 1);
  expect(lines[1]).toContain(`${ikd.rows[0].code},`);
  const qx = await page.request.get('/api/v1/queue?scope=15&format=xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await qx.body()) as unknown as ArrayBuffer);
  const q = await (await page.request.get('/api/v1/queue?scope=15')).json();
  expect(wb.worksheets[0].rowCount).toBe(q.offices.length + 1);
  await page.goto('/ikd?scope=15');
  await expect(page.getByTestId('ikd-export').getByRole('link', { name: 'Unduh XLSX' })).toHaveAttribute(
    'href',
    '/api/v1/ikd?province=15&format=xlsx',
  );

  await page.context().clearCookies();
  await openAs(page, 'operator.kotajambi', '/laporan');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kota Jambi');
  await page.goto('/laporan?scope=15');
  await expect(page.getByTestId('forbidden')).toBeVisible();
});

async function clickDownload(page: Page, link: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test('the monthly report downloads as one workbook with a sheet per table, and a table as CSV', async ({ page }) => {
  await signIn(page, 'kadis.jambi');
  const now = await (await page.request.get('/api/v1/stock?province=15')).json();
  const { month } = lastMonthOf(now.today);
  const report = await (await page.request.get(`/api/v1/reports/monthly?scope=15&month=${month}`)).json();
  await page.goto(`/laporan?scope=15&month=${month}`);

  const file = await clickDownload(page, page.getByRole('link', { name: 'Unduh semua tabel (XLSX)' }));
  expect(file).toMatch(new RegExp(`pantau-laporan-15-jambi-${month}\\.xlsx$`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Stok', 'Mutasi', 'IKD', 'Segmen dan kanal', 'Antrean']);
  const stock = wb.getWorksheet('Stok')!;
  expect(stock.rowCount).toBe(report.stock.rows.length + 1);
  for (const [i, r] of (report.stock.rows as { regencyCode: string; onHand: number }[]).entries()) {
    expect(stock.getCell(i + 2, 1).value).toBe(r.regencyCode);
    expect(stock.getCell(i + 2, 3).value).toBe(r.onHand); // a number, not text
  }
  const ikd = wb.getWorksheet('IKD')!;
  expect(ikd.getCell(2, 4).value).toBe(report.ikd.rows[0].activations);

  const csvFile = await clickDownload(
    page,
    page.getByTestId('report-export').getByRole('link', { name: 'Mutasi', exact: true }),
  );
  const rows = parseCsv(readFileSync(csvFile, 'utf8'));
  expect(rows[0]).toEqual(['Jenis', 'Jumlah transaksi', 'Kuantitas', 'Perubahan stok']);
  expect(rows.slice(1)).toEqual(
    (report.movements as { type: string; count: number; quantity: number; delta: number }[]).map((m) => [
      m.type,
      String(m.count),
      String(m.quantity),
      String(m.delta),
    ]),
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('report-export')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
});

test('the overview, counter and audit tables download with the columns shown; the pages fit 360 px', async ({
  page,
}) => {
  await signIn(page, 'kadis.jambi');
  const overview = await (await page.request.get('/api/v1/overview?scope=15')).json();
  await page.goto('/overview?scope=15');
  const file = await clickDownload(page, page.getByTestId('overview-export').getByRole('link', { name: 'Unduh CSV' }));
  expect(file).toMatch(/pantau-ringkasan-15-jambi-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(readFileSync(file, 'utf8'));
  expect(rows[0]).toEqual(OVERVIEW_HEADER_ID);
  expect(rows.slice(1).map((r) => [r[0], r[1], Number(r[2])])).toEqual(
    (overview.children as { code: string; name: string; stock: { onHand: number } }[]).map((c) => [
      c.code,
      c.name,
      c.stock.onHand,
    ]),
  );

  const queue = await (await page.request.get('/api/v1/queue?scope=15')).json();
  await page.goto('/antrean?scope=15');
  const xf = await clickDownload(page, page.getByTestId('counter-export').getByRole('link', { name: 'Unduh XLSX' }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(xf) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const counters = (queue.offices as { counters: unknown[] }[]).reduce((n, o) => n + o.counters.length, 0);
  expect(counters).toBeGreaterThan(0);
  expect(ws.rowCount).toBe(counters + 1);
  expect((ws.getRow(1).values as unknown[])[4]).toBe('Loket');
  expect(ws.getCell('C2').value).toBeInstanceOf(Date);
  expect(typeof ws.getCell('G2').value).toBe('number');

  // the audit export: every entry matching the page's filters (not just one page of it)
  const json = await (await page.request.get('/api/v1/audit?user=kadis.jambi&limit=200')).json();
  await page.goto('/audit?user=kadis.jambi');
  const auditLink = page.getByTestId('audit-export').getByRole('link', { name: 'Unduh CSV' });
  await expect(auditLink).toHaveAttribute('href', '/api/v1/audit?user=kadis.jambi&format=csv');
  const audit = parseCsv(readFileSync(await clickDownload(page, auditLink), 'utf8'));
  expect(audit[0]).toEqual(['Waktu (UTC)', 'Pengguna', 'Tindakan', 'Wilayah', 'Sebelum', 'Sesudah']);
  expect(json.nextCursor).toBeNull();
  expect(json.entries.length).toBeGreaterThan(0); // at least this sign-in
  expect(audit.slice(1).map((r) => [r[1], r[2]])).toEqual(
    (json.entries as { actorUsername: string; action: string }[]).map((e) => [e.actorUsername, e.action]),
  );

  await page.setViewportSize({ width: 360, height: 800 });
  for (const url of [
    '/overview?scope=15',
    '/antrean?scope=15',
    '/kantor?scope=15',
    '/audit',
    '/pengguna',
    '/stok?kode=15',
    '/stok?kode=15.71',
    '/stok/alokasi?provinsi=15',
    `/laporan?scope=15`,
  ]) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
  }
});

test('the allocation proposal downloads as XLSX with the lines the planner shows (writes nothing)', async ({
  page,
}) => {
  await signIn(page, 'kadis.jambi');
  const before = await (await page.request.get('/api/v1/stock?province=15')).json();
  await page.goto('/stok/alokasi?provinsi=15');
  await page.getByLabel('Jumlah blangko yang datang').fill('5000');
  await page.getByRole('button', { name: 'Hitung usulan' }).click();
  const rows = page.getByTestId('alloc-table').locator('tbody tr');
  await expect(rows).toHaveCount(11);
  const shown: Record<string, number> = {};
  for (let i = 0; i < 11; i++) {
    const code = (await rows.nth(i).getAttribute('data-code'))!;
    shown[code] = Number((await rows.nth(i).getByRole('textbox').inputValue()).replace(/\./g, ''));
  }
  const file = await clickDownload(page, page.getByTestId('alloc-export').getByRole('button', { name: 'Unduh XLSX' }));
  expect(file).toMatch(/pantau-usulan-alokasi-15-jambi-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(ALLOCATION_HEADER_ID);
  const got: Record<string, number> = {};
  for (let n = 2; n <= ws.rowCount; n++) got[String(ws.getCell(n, 1).value)] = ws.getCell(n, 3).value as number;
  expect(got).toEqual(shown);
  const after = await (await page.request.get('/api/v1/stock?province=15')).json();
  expect(after.warehouse.onHand).toBe(before.warehouse.onHand);
});
