import { expect, test } from '@playwright/test';
import { apiSignIn, fmtId, openAs, seriousViolations, signIn } from './helpers';
import type { RequisitionLine } from '../lib/requisitions/queries';

/** SPEC §17: the demo's requisition through the API, and one flow in the browser. */

test('the demo holds Jambi’s Q1 2023 requisition, partly filled by the 5 January shipment', async ({ request }) => {
  expect((await apiSignIn(request, 'admin')).status()).toBeLessThan(400);
  const r = await (await request.get('/api/v1/requisitions/1')).json();
  expect(r).toMatchObject({
    provinceCode: '15',
    item: 'BLANGKO_KTP_EL',
    from: '2023-01-01',
    to: '2023-03-31',
    figuresOn: '2022-12-27',
    cohortTotal: 17_000,
    state: 'PARTIALLY_FILLED',
    received: 20_000,
    submittedAt: '2022-12-28T02:00:00.000Z',
  });
  expect(r.receipts).toMatchObject([{ occurredOn: '2023-01-05', quantity: 20_000 }]);
  // the lines are the stock figures of 27 Dec 2022 and the formulas of §17 (90 days)
  const stock = await (await request.get('/api/v1/stock?province=15&asOf=2022-12-27')).json();
  const lines = r.lines as RequisitionLine[];
  expect(lines).toHaveLength(11);
  expect(lines.reduce((s, l) => s + l.cohort, 0)).toBe(17_000);
  for (const l of lines) {
    const s = stock.regencies.find((x: { regencyCode: string }) => x.regencyCode === l.regencyCode);
    expect([l.onHand, l.minimum]).toEqual([s.onHand, s.minimum]);
    expect(l.avgDailyUse).toBeCloseTo(s.avgDailyUse, 9);
    expect(l.projectedUse).toBe(Math.round(l.avgDailyUse * 30) * 3); // ceil(avgDailyUse × 90)
    expect(l.requested).toBe(Math.max(0, l.projectedUse + l.cohort + l.minimum - l.onHand));
  }
  expect(r.warehouseOnHand).toBe(stock.warehouse.onHand);
  const total = Math.max(0, lines.reduce((s, l) => s + l.requested, 0) - r.warehouseOnHand);
  expect(r.total).toBe(total);
  expect(total).toBeGreaterThan(20_000);
  expect(r.fillRate).toBeCloseTo(20_000 / total, 12);
  console.log(`demo requisition: total ${total}, received 20000, fill rate ${((2e6 / total) | 0) / 100}`);

  const list = await (await request.get('/api/v1/requisitions?scope=national')).json();
  expect(list.requisitions.find((x: { id: number }) => x.id === 1)).toMatchObject({
    provinceCode: '15',
    state: 'PARTIALLY_FILLED',
    total,
    received: 20_000,
  });
});

test('a head drafts, edits a line and submits; the ministry sees it', async ({ page, browser }) => {
  await openAs(page, 'kadis.jambi', '/permintaan');
  await expect(page.getByTestId('rq-row-1')).toContainText('Sebagian terpenuhi');
  await page.getByLabel('Untuk berapa bulan (1–12)').fill('3');
  await page.getByLabel(/Kohort provinsi/).fill('6800');
  await page.getByRole('button', { name: 'Hitung draf' }).click();
  await expect(page).toHaveURL(/\/permintaan\/\d+$/);
  const id = Number(page.url().split('/').pop());
  await expect(page.getByTestId('requisition-state')).toHaveText('Draf');
  expect(await seriousViolations(page)).toEqual([]);

  const draft = await (await page.request.get(`/api/v1/requisitions/${id}`)).json();
  expect(draft.lines.reduce((s: number, l: RequisitionLine) => s + l.cohort, 0)).toBe(6800);
  const kota = draft.lines.find((l: RequisitionLine) => l.regencyCode === '15.71') as RequisitionLine;
  const edited = kota.requested + 1000;
  const others = (draft.lines as RequisitionLine[]).reduce((s, l) => s + l.requested, 0) - kota.requested;
  const total = Math.max(0, others + edited - draft.warehouseOnHand);
  await page.getByRole('textbox', { name: 'Diminta Kota Jambi' }).fill(String(edited));
  await expect(page.getByTestId('rq-total')).toHaveText(fmtId(total));
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByText('Perubahan disimpan.')).toBeVisible();
  await expect(page.getByTestId('rq-stat-total')).toHaveText(fmtId(total));

  await page.getByRole('button', { name: 'Ajukan ke Kemendagri' }).click();
  await expect(page.getByTestId('requisition-state')).toHaveText('Diajukan');
  await expect(page.getByTestId('line-15.71').getByTestId('requested')).toHaveText(fmtId(edited));
  // the A4 letter: on paper the letterhead and its text with the total
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('letter-body')).toContainText(`sebanyak ${fmtId(total)} keping`);
  await expect(page.getByRole('button', { name: 'Ajukan ke Kemendagri' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  const context = await browser.newContext();
  const ministry = await context.newPage();
  await signIn(ministry, 'admin');
  await ministry.goto('/permintaan');
  const row = ministry.getByTestId(`rq-row-${id}`);
  await expect(row).toContainText('Jambi');
  await expect(row).toContainText('Diajukan');
  await expect(row).toContainText(fmtId(total));
  expect(await seriousViolations(ministry)).toEqual([]);
  await context.close();

  // the first tranche: half of it arrives at the province warehouse, booked against it
  const half = Math.floor(total / 2);
  await page.goto('/stok?kode=15&gudang=1');
  await page.getByLabel('Jenis').first().selectOption('RECEIPT');
  await page.getByLabel('Jumlah', { exact: true }).fill(String(half));
  await page.getByLabel('Referensi').fill(`SJ/KEMENDAGRI/${id}/1`);
  await page.getByLabel('Untuk permintaan').selectOption(String(id));
  await page.getByRole('button', { name: 'Simpan mutasi' }).click();
  await expect(page.getByTestId('movement-outcome')).toContainText('Tersimpan.');
  await page.goto(`/permintaan/${id}`);
  await expect(page.getByTestId('requisition-state')).toHaveText('Sebagian terpenuhi');
  await expect(page.getByTestId('rq-stat-received')).toHaveText(fmtId(half));
  await expect(page.getByTestId('rq-stat-fill')).toHaveText(
    `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((half / total) * 100)}%`,
  );
});
