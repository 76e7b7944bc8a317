import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fmtDay } from '../lib/format';
import { fmtId, signIn } from './helpers';

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
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const codeCol = header.indexOf('regencyCode');
  const onHandCol = header.indexOf('onHand');
  expect(codeCol).toBeGreaterThan(0);
  const expected = stock.regencies.find((r: { regencyCode: string }) => r.regencyCode === '15.71').onHand;
  let found: unknown = null;
  ws.eachRow((row) => {
    if (row.getCell(codeCol).value === '15.71') found = row.getCell(onHandCol).value;
  });
  expect(found).toBe(expected);
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
  await signIn(page, 'operator.kotajambi');
  await page.goto('/laporan');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kota Jambi');
  await page.goto('/laporan?scope=15');
  await expect(page.getByTestId('forbidden')).toBeVisible();
});
