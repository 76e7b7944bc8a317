import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { apiSignIn, openAs, signIn } from './helpers';

/** SPEC §15: the public page (signed out, on a phone), the tile map and the scorecard. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
const dec1 = (n: number) =>
  new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

test('a signed-out visitor on a phone picks Jambi and Kota Jambi and sees the figures the head sees', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID' });
  const page = await ctx.newPage();
  await page.goto('/publik');
  await expect(page).toHaveURL(/\/publik$/); // no sign-in asked
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Informasi layanan Dukcapil');
  await expect(page.getByTestId('provinces').locator('tbody tr')).toHaveCount(38);
  // each tile is a link named by its province and value
  const tile = page.getByTestId('tile-15');
  await expect(tile).toHaveAttribute('aria-label', /^Jambi: .+% kab\/kota di bawah minimum$/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Pilih provinsi').selectOption('15');
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(page).toHaveURL(/province=15$/);
  await page.getByLabel('Pilih kabupaten/kota').selectOption('15.71');
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(page).toHaveURL(/province=15&regency=15\.71/);

  // the head's own figures, through the signed-in API
  const head = await playwright.request.newContext({ baseURL });
  await apiSignIn(head, 'kadis.jambi');
  const stock = await (await head.get('/api/v1/stock?province=15')).json();
  const ikd = await (await head.get('/api/v1/ikd?province=15')).json();
  await head.dispose();
  const s = stock.regencies.find((r: { regencyCode: string }) => r.regencyCode === '15.71');
  const i = ikd.rows.find((r: { code: string }) => r.code === '15.71');
  const row = page.getByTestId('regencies').getByTestId('row-15.71');
  await expect(row.getByTestId('cover')).toHaveText(s.daysOfCover === null ? '–' : dec1(s.daysOfCover));
  await expect(row.getByTestId('ikd')).toHaveText(`${dec1(i.percent)}%`);
  await expect(row.getByTestId('ikd-target')).toHaveText(`${dec1(i.target)}%`);
  await expect(page.getByTestId('regencies').locator('tbody tr')).toHaveCount(11);

  // today's offices: people waiting and the estimated wait per service, as the public API says
  const api = await (await page.request.get('/api/v1/public/offices?regency=15.71')).json();
  expect(api.offices.length).toBeGreaterThan(0);
  const first = api.offices[0];
  await expect(page.getByTestId(`office-${first.id}`).getByTestId('office-waiting')).toHaveText(String(first.waiting));
  expect(await seriousViolations(page)).toEqual([]);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);

  await tile.click();
  await expect(page).toHaveURL(/\/publik\?province=15$/);
  // the language switch works without script and keeps the visitor on the page they chose
  await page.getByRole('button', { name: 'en', exact: true }).click();
  await expect(page).toHaveURL(/\/publik\?province=15$/);
  await expect(page.getByLabel('Choose a province')).toHaveValue('15');
  await ctx.close();
});

test("the admin's tile map changes Jambi's colour when its regencies drop below their minimum", async ({ page }) => {
  await openAs(page, 'admin', '/overview?scope=national');
  const tile = page.getByTestId('tile-15');
  const before = Number(await tile.getAttribute('data-class'));
  const stock = await (await page.request.get('/api/v1/stock?province=15')).json();
  type Row = { regencyCode: string; onHand: number; minimum: number; status: string };
  const ok: Row[] = stock.regencies.filter((r: Row) => r.status === 'OK');
  const below = stock.regencies.length - ok.length;
  // the fewest regencies to push below minimum for Jambi's share to cross a class bound (0, 25, 50, 75 %)
  const cls = (share: number) => [0, 25, 50, 75].findIndex((b) => share <= b);
  const classOf = (n: number) => {
    const c = cls(Math.round((n / stock.regencies.length) * 1000) / 10);
    return c === -1 ? 4 : c;
  };
  let k = 1;
  while (classOf(below + k) === classOf(below)) k++;
  expect(classOf(below)).toBe(before);
  const changed = ok.slice(0, k);
  try {
    for (const r of changed) {
      const res = await page.request.put(`/api/v1/stock/${r.regencyCode}/minimum`, { data: { minimum: r.onHand + 1 } });
      expect(res.status()).toBe(200);
    }
    await page.reload();
    await expect(tile).toHaveAttribute('data-class', String(classOf(below + k)));
    await expect(tile).toHaveAttribute('aria-label', /^Jambi: /);
    await page.getByRole('link', { name: 'IKD terhadap target (%)' }).click();
    await expect(page).toHaveURL(/peta=ikdOfTarget/);
    await expect(tile).toHaveAttribute('aria-label', /^Jambi: IKD .+% dari target$/);
  } finally {
    for (const r of changed)
      await page.request.put(`/api/v1/stock/${r.regencyCode}/minimum`, { data: { minimum: r.minimum } });
  }
  await tile.click();
  await expect(page).toHaveURL(/scope=15$/);
});

test("the scorecard ranks Jambi's regencies and exports them", async ({ page }) => {
  await signIn(page, 'kadis.jambi');
  await page.getByRole('link', { name: 'Skor kinerja' }).click();
  await expect(page).toHaveURL(/\/skor/);
  await page.getByLabel('Periode').selectOption('2023-01-H1');
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(page).toHaveURL(/scope=15&period=2023-01-H1/);
  const api = await (await page.request.get('/api/v1/scorecard?scope=15&period=2023-01-H1')).json();
  const rows = page.getByTestId('scorecard-table').locator('tbody tr');
  await expect(rows).toHaveCount(11);
  await expect(rows.first()).toContainText(api.rows[0].name);
  await expect(rows.first().locator('td').last()).toHaveText(dec1(api.rows[0].score));
  expect(api.rows.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('scorecard-export').getByRole('link', { name: 'Unduh CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pantau-skor-2023-01-h1-15-jambi-2023-01-15.csv');
  const csv = await (await page.request.get('/api/v1/scorecard?scope=15&period=2023-01-H1&format=csv')).text();
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFFPeringkat,Perubahan,Kode,Wilayah,Skor IKD,Skor stok,Skor ketepatan waktu,Skor',
  );
  expect(csv.trim().split('\r\n')).toHaveLength(12);
  expect(await seriousViolations(page)).toEqual([]);
});
