import { expect, test, type Page } from '@playwright/test';
import { fmtId, openAs, seriousViolations, signIn } from './helpers';

const numberOf = (s: string | null) => Number((s ?? '').replace(/\./g, ''));

type Row = { regencyCode: string; onHand: number; daysOfCover: number | null };
const kotaJambi = async (page: Page, item?: string) =>
  (
    (await (await page.request.get(`/api/v1/stock?province=15${item ? `&item=${item}` : ''}`)).json()) as {
      regencies: Row[];
    }
  ).regencies.find((r) => r.regencyCode === '15.71')!;

test('SPEC §16: the Kota Jambi officer books ribbon rolls; the e-KTP page stays as it was', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openAs(page, 'operator.kotajambi', '/stok');
  const ektp = numberOf(await page.getByTestId('onhand').textContent());
  expect(ektp).toBe((await kotaJambi(page)).onHand);
  const switcher = page.getByTestId('item-switch');
  await expect(switcher.getByRole('link')).toHaveText([
    'Blangko KTP-el',
    'Blangko KIA',
    'Pita printer (ribbon)',
    'Film retransfer',
  ]);
  await expect(switcher.getByRole('link', { name: 'Blangko KTP-el' })).toHaveAttribute('aria-current', 'page');

  await switcher.getByRole('link', { name: 'Pita printer (ribbon)' }).click();
  await expect(page).toHaveURL(/[?&]item=RIBBON\b/);
  await expect(page.getByTestId('location-name')).toHaveText('Kota Jambi');
  const before = numberOf(await page.getByTestId('onhand').textContent());
  expect(before).toBe((await kotaJambi(page, 'RIBBON')).onHand);
  await expect(page.locator('dd', { has: page.getByTestId('onhand') })).toHaveText(`${fmtId(before)} roll`);
  await expect(page.getByTestId('minimum')).toHaveText('5');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Jenis').first().selectOption('RECEIPT');
  await page.getByLabel('Jumlah').fill('3');
  await page.getByLabel('Referensi').fill('PENGADAAN/RIBBON/E2E/1');
  await page.getByRole('button', { name: 'Simpan mutasi' }).click();
  await expect(page.getByTestId('movement-outcome')).toHaveText(`Tersimpan. Saldo sekarang ${fmtId(before + 3)} roll.`);
  await expect(page.getByTestId('onhand')).toHaveText(fmtId(before + 3));

  await page.getByLabel('Jenis').first().selectOption('PRINTED');
  await page.getByLabel('Jumlah').fill('1');
  await page.getByRole('button', { name: 'Simpan mutasi' }).click();
  await expect(page.getByTestId('movement-outcome')).toHaveText(`Tersimpan. Saldo sekarang ${fmtId(before + 2)} roll.`);
  await expect(page.getByTestId('onhand')).toHaveText(fmtId(before + 2));
  const ribbon = await kotaJambi(page, 'RIBBON');
  expect(ribbon.onHand).toBe(before + 2);
  expect(ribbon.daysOfCover).not.toBeNull();
  await expect(page.getByTestId('cover')).toHaveText(`${fmtId(Math.floor(ribbon.daysOfCover!))} hari`);
  await expect(page.getByTestId('ledger').locator('tbody tr').first()).toContainText('-1');
  await expect(page.getByTestId('ledger').locator('tbody tr').nth(1)).toContainText('PENGADAAN/RIBBON/E2E/1');

  // back to e-KTP blanks: the same figures as before, and its URL as it always was
  await switcher.getByRole('link', { name: 'Blangko KTP-el' }).click();
  await expect(page).toHaveURL(/\/stok\?kode=15\.71$/);
  await expect(page.getByTestId('onhand')).toHaveText(fmtId(ektp));
  await expect(page.locator('dd', { has: page.getByTestId('onhand') })).toHaveText(`${fmtId(ektp)} keping`);
  await expect(page.getByTestId('minimum')).toHaveText(fmtId(2000));
  expect((await kotaJambi(page)).onHand).toBe(ektp);
});

test('GET /items, and an unknown item is 422 on reads and writes', async ({ page }) => {
  await signIn(page, 'operator.kotajambi');
  const items = await (await page.request.get('/api/v1/items', { headers: { 'Accept-Language': 'en' } })).json();
  expect(
    items.items.map((i: { code: string; unit: string; defaultMinimum: number }) => [i.code, i.unit, i.defaultMinimum]),
  ).toEqual([
    ['BLANGKO_KTP_EL', 'keping', 2000],
    ['BLANGKO_KIA', 'keping', 500],
    ['RIBBON', 'roll', 5],
    ['FILM', 'roll', 5],
  ]);
  const read = await page.request.get('/api/v1/stock?province=15&item=TONER');
  expect(read.status()).toBe(422);
  expect((await read.json()).error.fields).toEqual({ item: 'Barang tidak dikenal.' });
  const write = await page.request.post('/api/v1/stock/15.71/movements?item=TONER', {
    data: {
      type: 'RECEIPT',
      quantity: 1,
      occurredOn: new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' }),
    },
  });
  expect(write.status()).toBe(422);
  expect((await write.json()).error.fields).toEqual({ item: 'Barang tidak dikenal.' });
});
