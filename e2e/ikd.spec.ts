import { expect, test } from '@playwright/test';
import { apiSignIn, fmtId, follow, openAs, seriousViolations, signIn } from './helpers';

const pct = (n: number) =>
  `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n)}%`;

test.describe('seed facts through GET /api/v1/ikd with asOf (seed-facts.md)', () => {
  test.beforeEach(async ({ request }) => {
    await apiSignIn(request, 'admin');
  });

  test('OKI: 532,012 wajib KTP and more than 10,000 activations on 12 Dec 2022', async ({ request }) => {
    const r = await (await request.get('/api/v1/ikd/16.02?asOf=2022-12-12')).json();
    expect(r.figures.wajibKtp).toBe(532_012);
    expect(r.figures.activations).toBeGreaterThan(10_000);
    const ranking = await (await request.get('/api/v1/ikd?province=16&asOf=2022-12-12')).json();
    const oki = ranking.rows.find((x: { code: string }) => x.code === '16.02');
    expect(oki).toMatchObject({
      wajibKtp: 532_012,
      activations: r.figures.activations,
      target: 25,
      targetPersons: 133_003,
    });
  });

  test('Palembang 21,286 on 3 Apr 2023; Sukoharjo more than 9,000 on 27 Feb 2023', async ({ request }) => {
    expect((await (await request.get('/api/v1/ikd/16.71?asOf=2023-04-03')).json()).figures.activations).toBe(21_286);
    const ranking = await (await request.get('/api/v1/ikd?province=33&asOf=2023-02-27')).json();
    expect(ranking.rows.find((x: { code: string }) => x.code === '33.11').activations).toBeGreaterThan(9_000);
  });

  test('the nation: about 590,000 on 30 Dec 2022, as the sum of the 38 provinces', async ({ request }) => {
    const n = await (await request.get('/api/v1/ikd?province=national&asOf=2022-12-30')).json();
    expect(n.rows).toHaveLength(38);
    expect(n.total.activations).toBe(590_000);
    expect(n.rows.reduce((s: number, r: { activations: number }) => s + r.activations, 0)).toBe(590_000);
  });
});

test('an officer enters a day: the total and percent move by exactly that amount; a future day is refused', async ({
  page,
}) => {
  await signIn(page, 'operator.kotajambi');
  await follow(page, 'IKD', /\/ikd$/);
  const before = await (await page.request.get('/api/v1/ikd/15.71')).json();
  const today: string = before.today;
  const day = await (await page.request.get(`/api/v1/ikd/15.71/days/${today}`)).json();
  await expect(page.getByTestId('ikd-activations')).toHaveText(fmtId(before.figures.activations));

  const cell = page.getByLabel('Umum – Kantor Dinas');
  const current = day.counts.find(
    (c: { segment: string; channel: string }) => c.segment === 'UMUM' && c.channel === 'KANTOR',
  ).count;
  await expect(cell).toHaveValue(String(current));
  await expect(page.getByTestId('day-total')).toHaveText(fmtId(day.total));
  await cell.fill(String(current + 7));
  await expect(page.getByTestId('day-total')).toHaveText(fmtId(day.total + 7));
  await page.getByTestId('day-form').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('day-ok')).toContainText(fmtId(day.total + 7));
  // an edit after saving takes the saved line down: "Tersimpan" no longer describes the screen
  await cell.fill(String(current + 8));
  await expect(page.getByTestId('day-total')).toHaveText(fmtId(day.total + 8));
  await expect(page.getByTestId('day-ok')).toHaveCount(0);
  await cell.fill(String(current + 7));

  const activations = before.figures.activations + 7;
  await expect(page.getByTestId('ikd-activations')).toHaveText(fmtId(activations));
  await expect(page.getByTestId('ikd-percent')).toHaveText(pct((activations / before.figures.wajibKtp) * 100));
  const after = await (await page.request.get('/api/v1/ikd/15.71')).json();
  expect(after.figures.activations).toBe(activations);
  expect(after.series.monthly.at(-1).activations).toBe(activations);
  expect(after.series.daily.at(-1)).toEqual({ day: today, activations: day.total + 7 });

  // tomorrow in Kota Jambi's own time zone (WIB)
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  const tomorrow = d.toISOString().slice(0, 10);
  await page.getByLabel('Tanggal', { exact: true }).first().fill(tomorrow);
  await expect(page.getByTestId('day-total')).toHaveText('0');
  await page.getByLabel('Guru – Jemput bola').fill('3');
  await page.getByTestId('day-form').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('day-error')).toContainText(
    `Tanggal ${tomorrow} belum tiba: hari ini ${today} (WIB). Tanggal di masa depan tidak dapat diisi.`,
  );
  expect((await (await page.request.get('/api/v1/ikd/15.71')).json()).figures.activations).toBe(activations);
  expect(await seriousViolations(page)).toEqual([]);
});

test("a head sets targets: the ranking's target persons and a regency's status change, and the table matches the API", async ({
  page,
}) => {
  await openAs(page, 'kadis.jambi', '/ikd');
  const before = await (await page.request.get('/api/v1/ikd?province=15')).json();
  const year = Number(before.today.slice(0, 4));
  const table = page.getByTestId('ikd-ranking');
  await expect(table.locator('tbody tr')).toHaveCount(11);
  // the table is the API's ranking, row by row
  expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))).toEqual(
    before.rows.map((r: { code: string }) => r.code),
  );
  const kerinci = before.rows.find((r: { code: string }) => r.code === '15.01');
  await expect(table.locator('tr[data-code="15.01"] [data-col="targetPersons"]')).toHaveText(
    fmtId(kerinci.targetPersons),
  );

  const form = page.getByTestId('target-form');
  await form.getByLabel('Cakupan').selectOption('15');
  await form.getByLabel('Tahun').fill(String(year));
  await form.getByLabel('Target (%)').fill('33,5');
  await form.getByRole('button', { name: 'Tetapkan target' }).click();
  await expect(page.getByTestId('target-ok')).toBeVisible();
  const expected = Math.ceil((33.5 * kerinci.wajibKtp) / 100);
  expect(expected).not.toBe(kerinci.targetPersons);
  await expect(table.locator('tr[data-code="15.01"] [data-col="targetPersons"]')).toHaveText(fmtId(expected));
  await expect(table.locator('tr[data-code="15.01"] [data-col="target"]')).toHaveText('33,5%');

  // a regency target below what Kota Jambi already reached: its status becomes ACHIEVED
  const kota = before.rows.find((r: { code: string }) => r.code === '15.71');
  expect(kota.status).not.toBe('ACHIEVED');
  await form.getByLabel('Cakupan').selectOption('15.71');
  await form.getByLabel('Target (%)').fill('1');
  await form.getByRole('button', { name: 'Tetapkan target' }).click();
  await expect(table.locator('tr[data-code="15.71"] [data-status]')).toHaveAttribute('data-status', 'ACHIEVED');
  const after = await (await page.request.get('/api/v1/ikd?province=15')).json();
  expect(after.rows.find((r: { code: string }) => r.code === '15.71')).toMatchObject({
    target: 1,
    gapPersons: 0,
    status: 'ACHIEVED',
  });
  expect(await seriousViolations(page)).toEqual([]);
});

test('the admin ranks the 38 provinces and drills down to a regency; the national target form is there', async ({
  page,
}) => {
  await openAs(page, 'admin', '/ikd');
  await expect(page.getByTestId('ikd-ranking').locator('tbody tr')).toHaveCount(38);
  await expect(page.getByTestId('target-form').getByLabel('Cakupan')).toHaveValue('national');
  await follow(page, 'Sumatera Selatan', /scope=16$/);
  await follow(page, 'Kota Palembang', /scope=16\.71$/);
  const r = await (await page.request.get('/api/v1/ikd/16.71')).json();
  await expect(page.getByTestId('ikd-activations')).toHaveText(fmtId(r.figures.activations));
  await expect(page.getByTestId('ikd-status')).toHaveAttribute('data-status', r.figures.status);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('an officer plans a jemput bola campaign and records what it achieved', async ({ page }) => {
  await openAs(page, 'operator.oki', '/ikd');
  const today = (await (await page.request.get('/api/v1/ikd/16.02')).json()).today;
  const form = page.getByTestId('campaign-form');
  const place = `SMA Negeri 1 Kayuagung ${Date.now()}`;
  await form.getByLabel('Tanggal').fill(today);
  await form.getByLabel('Tempat').fill(place);
  await form.getByLabel('Segmen').selectOption('GURU');
  await form.getByLabel('Rencana').fill('120');
  await form.getByRole('button', { name: 'Rencanakan' }).click();
  const row = page.getByTestId('campaigns').locator('tr', { hasText: place });
  await expect(row).toContainText('120');
  await row.getByLabel(`Tercapai: ${place}`).fill('135');
  await row.getByRole('button', { name: 'Catat hasil' }).click();
  await expect(row.getByLabel(`Tercapai: ${place}`)).toHaveCount(0);
  await expect(row).toContainText('135');
  const list = await (await page.request.get('/api/v1/ikd/16.02/campaigns')).json();
  expect(list.campaigns.find((c: { place: string }) => c.place === place)).toMatchObject({
    planned: 120,
    achieved: 135,
    segment: 'GURU',
  });
});

test('the IKD pages fit 360 px', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signIn(page, 'operator.palembang');
  for (const url of ['/ikd', '/ikd?scope=16']) {
    await page.goto(url);
    await expect(page.getByTestId('ikd-scope-name')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
  }
  await context.close();
});
