import { expect, test, type Page } from '@playwright/test';
import { fmtId, follow, openAs, seriousViolations, signIn } from './helpers';

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const upload = (page: Page, name: string, csv: string) =>
  page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });

test('an officer imports an IKD CSV: bad rows are listed with reasons, the fixed file changes activations by exactly its total', async ({
  page,
}) => {
  await signIn(page, 'operator.kotajambi');
  await follow(page, 'Impor', /\/impor$/);
  expect(await seriousViolations(page)).toEqual([]);

  const before = await (await page.request.get('/api/v1/ikd/15.71')).json();
  const today: string = before.today;
  const d1 = addDays(today, -3);
  const d2 = addDays(today, -4);
  const prev1 = (await (await page.request.get(`/api/v1/ikd/15.71/days/${d1}`)).json()).total as number;
  const prev2 = (await (await page.request.get(`/api/v1/ikd/15.71/days/${d2}`)).json()).total as number;

  const header = 'regencyCode,day,segment,channel,count';
  const bad = [
    header,
    `15.71,${d1},ASN_TNI_POLRI,KANTOR,11`,
    `15.71,${d1},PELAJAR,KANTOR,5`, // line 3: unknown segment
    `15.71,${d2},UMUM,KECAMATAN,9`,
    `15.71,${addDays(today, 1)},UMUM,KANTOR,4`, // line 5: tomorrow
    `15.71,${d2},GURU,JEMPUT_BOLA,6`,
  ].join('\n');
  await page.getByTestId('import-kind').selectOption('ikd');
  await upload(page, 'ikd-salah.csv', bad);
  await page.getByTestId('import-preview').click();
  await expect(page.getByTestId('import-total')).toHaveText('5');
  await expect(page.getByTestId('import-accepted')).toHaveText('3');
  await expect(page.getByTestId('import-rejected-count')).toHaveText('2');
  const rows = page.getByTestId('import-rejected').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('3');
  await expect(rows.nth(0)).toContainText('Segmen "PELAJAR" tidak dikenal');
  await expect(rows.nth(1)).toContainText('5');
  await expect(rows.nth(1)).toContainText('belum tiba');
  await expect(page.getByTestId('import-commit')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  // the API refuses the same file as a whole
  const refused = await page.request.post('/api/v1/imports/commit', { data: { kind: 'ikd', csv: bad } });
  expect(refused.status()).toBe(422);
  expect((await (await page.request.get('/api/v1/ikd/15.71')).json()).figures.activations).toBe(
    before.figures.activations,
  );

  const fixed = [
    header,
    `15.71,${d1},ASN_TNI_POLRI,KANTOR,11`,
    `15.71,${d1},MAHASISWA,KANTOR,5`,
    `15.71,${d2},UMUM,KECAMATAN,9`,
    `15.71,${d2},UMUM,KANTOR,4`,
    `15.71,${d2},GURU,JEMPUT_BOLA,6`,
  ].join('\n');
  const fileTotal = 11 + 5 + 9 + 4 + 6;
  await upload(page, 'ikd.csv', fixed);
  await page.getByTestId('import-preview').click();
  await expect(page.getByTestId('import-accepted')).toHaveText('5');
  await expect(page.getByTestId('import-rejected-count')).toHaveText('0');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('5 baris (2 perubahan)');

  // each day of the file is replaced by the file's counts: the activations change by exactly the
  // file's total minus what those two days held before
  const after = await (await page.request.get('/api/v1/ikd/15.71')).json();
  expect(after.figures.activations).toBe(before.figures.activations + fileTotal - prev1 - prev2);
  expect((await (await page.request.get(`/api/v1/ikd/15.71/days/${d1}`)).json()).total).toBe(16);
  expect((await (await page.request.get(`/api/v1/ikd/15.71/days/${d2}`)).json()).total).toBe(19);
  await page.goto('/ikd');
  await expect(page.getByTestId('ikd-activations')).toHaveText(fmtId(after.figures.activations));
});

test('kiosks get 403 from the import API; the page works at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, 'kiosk.kotajambi');
  const r = await page.request.post('/api/v1/imports/preview', { data: { kind: 'ikd', csv: 'x' } });
  expect(r.status()).toBe(403);
  await page.context().clearCookies();
  await openAs(page, 'operator.kotajambi', '/impor');
  await expect(page.getByTestId('import-form')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});
