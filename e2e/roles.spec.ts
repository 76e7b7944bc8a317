import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { apiSignIn, fmtId, openAs, seriousViolations, signIn } from './helpers';

/** Each role's day (issue 16): the officer's home and its two tasks, the head's problem lists,
 *  the phone menu, the page guard, and the figures that were wrong. */

async function phone(browser: Browser, user: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

/** A screenshot for the next reviewer (a test artifact, not committed). */
async function keep(page: Page, info: TestInfo, name: string) {
  await page.waitForLoadState('load');
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
}

test("a district officer's home starts with today's two tasks; /ikd puts the day entry first", async ({
  browser,
  playwright,
}, info) => {
  const { context, page } = await phone(browser, 'operator.kotajambi');
  await expect(page).toHaveURL(/\/overview\?scope=15\.71$/);
  const home = page.getByTestId('officer-today');
  await expect(home.getByRole('heading', { level: 1 })).toHaveText('Pekerjaan hari ini · Kota Jambi');
  const usage = page.getByTestId('task-usage');
  const before =
    (await usage.getAttribute('data-done')) === 'yes'
      ? Number((/([\d.]+) keping/.exec((await usage.textContent()) ?? '')?.[1] ?? '0').replace(/\./g, ''))
      : 0;
  const stock = await (await page.request.get('/api/v1/stock?province=15')).json();
  const today: string = stock.today;

  // the officer records 45 printed cards and 138 activations for today, then comes back home
  const printed = await page.request.post('/api/v1/stock/15.71/movements', {
    data: { type: 'PRINTED', quantity: 45, occurredOn: today, note: 'e2e: pemakaian hari ini' },
  });
  expect(printed.status()).toBe(201);
  const day = await page.request.put(`/api/v1/ikd/15.71/days/${today}`, {
    data: {
      counts: [
        { segment: 'UMUM', channel: 'KANTOR', count: 100 },
        { segment: 'ASN_TNI_POLRI', channel: 'JEMPUT_BOLA', count: 38 },
      ],
    },
  });
  expect(day.status()).toBe(200);
  await page.reload();
  await expect(usage).toHaveAttribute('data-done', 'yes');
  await expect(usage).toContainText(`${fmtId(before + 45)} keping tercatat hari ini`);
  const ikd = page.getByTestId('task-ikd');
  await expect(ikd).toHaveAttribute('data-done', 'yes');
  await expect(ikd).toContainText('138 aktivasi tercatat hari ini');
  const row = (await (await page.request.get('/api/v1/stock?province=15')).json()).regencies.find(
    (r: { regencyCode: string }) => r.regencyCode === '15.71',
  );
  await expect(page.getByTestId('my-onhand')).toHaveText(fmtId(row.onHand));
  await expect(page.getByTestId('my-cover')).toHaveText(`${fmtId(Math.floor(row.daysOfCover))} hari`);
  // not the province's counts ("kabupaten/kota 1", "0 / 0")
  await expect(page.getByTestId('stock-below')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page)).toEqual([]);
  await keep(page, info, 'officer-home-360');

  // a target Kota Jambi has not reached yet, whatever earlier specs set (ikd.spec sets 1 %), so that
  // the daily chart has a required pace to draw
  const head = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  await apiSignIn(head, 'kadis.jambi');
  const target = await head.put('/api/v1/targets/ikd', {
    data: { scope: '15.71', year: Number(today.slice(0, 4)), percent: 30 },
  });
  expect(target.status()).toBe(200);
  await head.dispose();

  // "Isi IKD hari ini" opens the day entry, above the figures and the charts
  await ikd.getByRole('link', { name: 'Isi IKD hari ini' }).click();
  await expect(page).toHaveURL(/\/ikd\?scope=15\.71#hari-ini$/);
  const entry = await page.getByTestId('ikd-day-entry').boundingBox();
  const figures = await page.locator('section[aria-labelledby="ikd-figures"]').boundingBox();
  expect(entry!.y).toBeLessThan(figures!.y);
  expect(entry!.y).toBeLessThan(740);
  // the daily chart draws the required pace its title promises, with the figure
  const required = (await page.getByTestId('ikd-required').textContent()) ?? '';
  expect(required).toMatch(/^[\d.,]+\/hari$/);
  await expect(page.locator('svg').getByText(`Laju yang dibutuhkan: ${required}`)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();

  const wide = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const desk = await wide.newPage();
  await signIn(desk, 'operator.kotajambi');
  await expect(desk.getByTestId('task-ikd')).toHaveAttribute('data-done', 'yes');
  await keep(desk, info, 'officer-home-1366');
  await wide.close();
});

test('a province head sees where the problems are, at 360 px, and the phone menu fits', async ({ browser }, info) => {
  const { context, page } = await phone(browser, 'kadis.jambi');
  await expect(page).toHaveURL(/\/overview\?scope=15$/);
  const stock = await (await page.request.get('/api/v1/stock?province=15')).json();
  type R = { name: string; status: string; daysOfCover: number | null; onHand: number };
  const below: R[] = stock.regencies.filter((r: R) => r.status === 'BELOW_MINIMUM');
  const out: R[] = stock.regencies.filter((r: R) => r.status === 'OUT');
  const problems = page.getByTestId('problems');
  await expect(problems.getByTestId('problem-below')).toHaveAttribute('data-count', String(below.length));
  await expect(problems.getByTestId('problem-out')).toHaveAttribute('data-count', String(out.length));
  await expect(problems.getByTestId('problem-below').getByRole('heading')).toHaveText(
    `Di bawah minimum (${below.length})`,
  );
  for (const r of below) await expect(problems.getByTestId('problem-below')).toContainText(r.name);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page)).toEqual([]);
  await keep(page, info, 'head-home-360');

  // the phone menu: one button naming the current page, the whole list when opened
  const menu = page.getByTestId('phone-menu');
  await expect(menu.locator('summary')).toContainText('Menu · Ringkasan');
  await menu.locator('summary').click();
  await expect(menu.getByRole('link', { name: 'Audit' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Ringkasan' })).toHaveAttribute('aria-current', 'page');
  await menu.getByRole('link', { name: 'Stok blangko' }).click();
  await expect(page).toHaveURL(/\/stok$/);
  await expect(page.getByTestId('phone-menu').locator('summary')).toContainText('Menu · Stok blangko');

  // the stock table keeps the regency and its days of cover in view while it scrolls
  const first = page.getByTestId('province-table').locator('tbody tr').first().locator('td').first();
  await expect(first).toHaveCSS('position', 'sticky');
  const worst = [...below].sort((a, b) => (a.daysOfCover ?? 1e9) - (b.daysOfCover ?? 1e9))[0];
  const worstRow = page.getByTestId('problem-below').locator('li').first();
  await expect(worstRow).toContainText(worst.name);
  await expect(worstRow).toContainText(`${fmtId(worst.onHand)} · ${fmtId(Math.floor(worst.daysOfCover!))} hari`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page)).toEqual([]);

  // Penyeimbangan never says no regency is short while it lists short ones
  await page.goto('/stok/penyeimbangan');
  const short = await page.getByTestId('short').locator('li').count();
  const surplus = await page.getByTestId('surplus').locator('li').count();
  if (surplus === 0) await expect(page.getByTestId('surplus')).toContainText('Tidak ada kabupaten/kota yang berlebih');
  if (short > 0 && (await page.getByTestId('proposals').count()) === 0)
    await expect(page.getByTestId('no-proposals')).toContainText(`${short} kabupaten/kota di bawah minimum`);
  await expect(page.getByTestId('no-proposals').or(page.getByTestId('proposals'))).not.toContainText(
    'tidak ada kabupaten/kota yang kekurangan',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();

  const wide = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const desk = await wide.newPage();
  await signIn(desk, 'kadis.jambi');
  await expect(
    desk.getByRole('navigation', { name: 'Utama' }).getByRole('link', { name: 'Ringkasan' }),
  ).toHaveAttribute('aria-current', 'page');
  await keep(desk, info, 'head-home-1366');
  await wide.close();
});

test('the report ranks out of the 11 regencies and counts a distribution once', async ({ page }) => {
  await openAs(page, 'operator.kotajambi', '/laporan');
  const rank = page.getByTestId('report-ikd').locator('tbody tr').first().locator('td').first();
  await expect(rank).toHaveText(/^\d+\/11$/);
  await expect(page.getByLabel('Wilayah')).toHaveValue('15.71');
  await expect(page.getByTestId('report-signature')).toContainText(
    'Mengetahui,Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
  );
  await page.context().clearCookies();
  await signIn(page, 'kadis.jambi');
  // January 2023: the ministry's 20,000 blanks, passed on at once
  await page.goto('/laporan?scope=15&month=2023-01');
  const moves = page.getByTestId('report-movements');
  await expect(moves.locator('tr', { hasText: 'Distribusi' }).locator('td').nth(2)).toHaveText('20.000');
  await expect(moves.locator('tr', { hasText: 'Penerimaan' }).locator('td').nth(2)).toHaveText('20.000');
  // each regency's opening balance is its closing balance of the month before
  const dec = await (await page.request.get('/api/v1/reports/monthly?scope=15&month=2022-12')).json();
  const kotaDec = dec.stock.rows.find((r: { regencyCode: string }) => r.regencyCode === '15.71');
  const kotaRow = page.getByTestId('report-stock').locator('tr', { hasText: 'Kota Jambi' });
  await expect(kotaRow.locator('td').last()).toHaveText(fmtId(kotaDec.onHand));
  // the region is chosen by name
  await page.getByLabel('Wilayah').selectOption({ label: 'Kabupaten Kerinci' });
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kabupaten Kerinci');
});

test('every page guards the same way: a reset password first (also /layar), a role its own page', async ({
  page,
  browser,
}) => {
  // created by the admin in another province, so Jambi's audit trail stays as the other tests expect
  await signIn(page, 'admin');
  const username = `operator.e2e${Date.now() % 100000}`;
  const created = await page.request.post('/api/v1/users', {
    data: {
      username,
      displayName: 'Operator Sementara',
      role: 'REGENCY_OFFICER',
      scopeCode: '16.71',
      password: 'Sementara-Palembang-26',
    },
  });
  expect(created.status()).toBe(201);
  const other = await browser.newContext();
  const officer = await other.newPage();
  await signIn(officer, username, 'Sementara-Palembang-26');
  for (const path of [
    '/layar',
    '/stok',
    '/laporan',
    '/kios',
    '/peringatan',
    '/periode',
    '/skor',
    '/permintaan',
    '/permintaan/1',
  ]) {
    await officer.goto(path);
    await expect(officer, path).toHaveURL(/\/ganti-sandi$/);
  }
  await other.close();

  // a counter operator opening a dashboard page lands on its counter
  await page.context().clearCookies();
  await openAs(page, 'loket1.kotajambi', '/stok');
  await expect(page).toHaveURL(/\/loket$/);
});

test('the English menu and officer home read in English', async ({ browser }) => {
  const { context, page } = await phone(browser, 'operator.kotajambi');
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByTestId('officer-today').getByRole('heading', { level: 1 })).toHaveText(
    "Today's work · Kota Jambi",
  );
  await expect(page.getByTestId('phone-menu').locator('summary')).toContainText('Menu · Overview');
  await expect(page.getByTestId('task-usage').getByRole('link')).toHaveText("Record today's usage");
  await context.close();
});

test('each import has a template to download', async ({ page }) => {
  await openAs(page, 'operator.kotajambi', '/impor');
  const link = page.getByTestId('import-template');
  const csv = decodeURIComponent(
    ((await link.getAttribute('href')) ?? '').replace(/^data:text\/csv;charset=utf-8,/, ''),
  );
  expect(csv).toBe('regencyCode,day,segment,channel,count\r\n15.71,30/11/2026,UMUM,KANTOR,120\r\n');
  await expect(page.getByText('Tanggal boleh ditulis 30/11/2026')).toBeVisible();
});

test('the allocation says why it cannot be confirmed yet, then what one tap will book', async ({ page }) => {
  await openAs(page, 'kadis.jambi', '/stok/alokasi');
  await page.getByLabel('Jumlah blangko yang datang').fill('20000');
  await page.getByRole('button', { name: 'Hitung usulan' }).click();
  await expect(page.getByTestId('alloc-total')).toHaveText('20.000');
  // the lines read as id-ID numbers
  const first = page.getByTestId('alloc-table').locator('tbody tr').first().getByRole('textbox');
  await expect(first).toHaveValue(/^\d{1,3}(\.\d{3})*$/);
  await expect(page.getByTestId('alloc-blocked')).toHaveText('Belum bisa dikonfirmasi: Nomor referensi wajib diisi.');
  await expect(page.getByRole('button', { name: 'Konfirmasi alokasi' })).toBeDisabled();
  await page.getByLabel('Referensi').fill('BAST/15/XII/2026');
  const rows = page.getByTestId('alloc-table').locator('tbody tr');
  let receiving = 0;
  for (let i = 0; i < (await rows.count()); i++)
    if (Number((await rows.nth(i).getByRole('textbox').inputValue()).replace(/\./g, '')) > 0) receiving++;
  await expect(page.getByTestId('alloc-summary')).toHaveText(
    `Satu ketukan akan mencatat: 20.000 keping ke ${receiving} kabupaten/kota, referensi BAST/15/XII/2026, dan penerimaan 20.000 keping di gudang provinsi.`,
  );
  await expect(page.getByRole('button', { name: 'Konfirmasi alokasi' })).toBeEnabled();
});
