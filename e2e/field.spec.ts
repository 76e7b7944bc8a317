import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, request, test, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { apiSignIn, fmtId, openAs, signIn } from './helpers';

/** Field use with one bar of signal (SPEC §11): the installable app, the device outbox and
 *  pages that open without signal. These tests let the service worker run (the others block it). */
test.use({ serviceWorkers: 'allow' });

const numberOf = (s: string | null) => Number((s ?? '').replace(/\./g, ''));
const jakartaDay = (offsetDays = 0) =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });

const ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A browser with a profile on disk, like a phone's: closing it and opening it again keeps what
 *  Pantau stored (the outbox in IndexedDB, the pages in the service worker's cache). */
async function phone(dir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    baseURL,
    locale: 'id-ID',
    viewport: { width: 360, height: 800 },
    serviceWorkers: 'allow',
  });
}

/** Waits until the service worker controls the page and keeps the given pages for offline use. */
async function keptOffline(page: Page, paths: string[]) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const c = await caches.open('pantau-pages-v1');
          return (await c.keys()).map((r) => new URL(r.url).pathname);
        }),
      { timeout: 30_000 },
    )
    .toEqual(expect.arrayContaining(paths));
}

/** The Kota Jambi officer on the stock page, the service worker in charge of it. */
async function officerOnStok(page: Page) {
  await openAs(page, 'operator.kotajambi', '/stok');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
}

/** The Kota Jambi ledger's movements with `reference`, read by a separate signed-in client. */
async function ledgerWith(page: Page, reference: string) {
  const api = await request.newContext({ baseURL: new URL(page.url()).origin });
  await apiSignIn(api, 'operator.kotajambi');
  const res = await api.get('/api/v1/stock/15.71/movements?limit=100');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: { reference: string | null; quantity: number; type: string }[] };
  await api.dispose();
  return body.items.filter((m) => m.reference === reference);
}

test('Pantau is installable: manifest, icons and a service worker for the whole app', async ({ page, request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Pantau', display: 'standalone', start_url: expect.stringMatching(/^\//) });
  expect(manifest.description).toMatch(/blangko/);
  const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const png = await request.get(icon.src);
    expect(png.headers()['content-type']).toBe('image/png');
    const buf = await png.body();
    const [w, h] = [buf.readUInt32BE(16), buf.readUInt32BE(20)];
    expect(`${w}x${h}`).toBe(icon.sizes);
  }
  await signIn(page, 'operator.kotajambi');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
});

test('offline: a stock entry and an IKD day are kept on the phone, survive closing the browser, and book once', async ({
  baseURL,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-phone-'));
  const reference = `E2E-LAPANGAN-${Date.now()}`;
  const day = jakartaDay(-9);
  let ctx = await phone(dir, baseURL!);
  let page = ctx.pages()[0] ?? (await ctx.newPage());
  await openAs(page, 'operator.kotajambi', '/stok');
  await keptOffline(page, ['/overview', '/stok', '/ikd']);
  const before = numberOf(await page.getByTestId('onhand').textContent());
  await page.goto('/ikd');
  await page.getByTestId('day-form').getByLabel('Tanggal').fill(day);
  await expect(page.getByTestId('day-form').getByRole('button', { name: 'Simpan' })).toBeEnabled();
  const cell = page.getByLabel('Umum – Jemput bola');
  const dayTotalOnline = numberOf(await page.getByTestId('day-total').textContent());
  const cellBefore = Number(await cell.inputValue());

  await ctx.setOffline(true);
  // an IKD day without signal
  await cell.fill(String(cellBefore + 5));
  await expect(page.getByTestId('day-total')).toHaveText(fmtId(dayTotalOnline + 5));
  await page.getByTestId('day-form').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('day-ok')).toContainText('Tersimpan di perangkat');
  await expect(page.getByTestId('outbox-waiting')).toHaveText('Menunggu dikirim (1)');

  // the stock page opens offline from the device, marked with the time of its data
  await page.getByTestId('phone-menu').locator('summary').click();
  await page.getByRole('navigation', { name: 'Utama' }).getByRole('link', { name: 'Stok blangko' }).click();
  await expect(page.getByTestId('onhand')).toHaveText(fmtId(before));
  await expect(page.getByTestId('offline-banner')).toContainText('Tidak ada koneksi.');
  await expect(page.getByTestId('offline-banner')).toContainText('Data per');
  await expect(page.getByTestId('data-as-of')).toContainText(/Data per \d{1,2} \w{3} \d{4} \d{2}\.\d{2} WIB/);
  await page.getByLabel('Jenis').first().selectOption('PRINTED');
  await page.getByLabel('Jumlah').fill('7');
  await page.getByLabel('Referensi').fill(reference);
  await page.getByRole('button', { name: 'Simpan mutasi' }).click();
  await expect(page.getByTestId('movement-outcome')).toContainText('Tersimpan di perangkat');
  await expect(page.getByTestId('outbox-waiting')).toHaveText('Menunggu dikirim (2)');
  await page.getByTestId('outbox-toggle').click();
  await expect(page.getByTestId('outbox-entry')).toHaveText([
    /Aktivasi IKD .*: /,
    new RegExp(`Dicetak 7 .* ${reference}`),
  ]);
  expect(await ledgerWith(page, reference)).toHaveLength(0); // nothing reached the server
  await ctx.close(); // the phone is put away, the browser closed

  ctx = await phone(dir, baseURL!);
  page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto('/stok'); // signal is back: Pantau is opened again
  await expect(page.getByTestId('outbox')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('onhand')).toHaveText(fmtId(before - 7));
  const booked = await ledgerWith(page, reference);
  expect(booked.map((m) => [m.type, m.quantity])).toEqual([['PRINTED', 7]]);
  const dayApi = await (await page.request.get(`/api/v1/ikd/15.71/days/${day}`)).json();
  expect(dayApi.total).toBe(dayTotalOnline + 5);
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a refused entry shows the server message and can be edited and resent; discarding asks first', async ({
  page,
  context,
}) => {
  /** Saves the filled form while offline; once the form says the entry is kept on the device,
   *  another device of the office prints 1 card (the waiting entry no longer fits) and the signal
   *  returns: the outbox shows the server's refusal, opened. */
  const saveOfflineAndGetRefused = async (otherKey: string) => {
    await page.getByRole('button', { name: 'Simpan mutasi' }).click();
    await expect(page.getByTestId('movement-outcome')).toContainText('Tersimpan di perangkat');
    await expect(page.getByTestId('outbox-waiting')).toHaveText('Menunggu dikirim (1)');
    const other = await page.request.post('/api/v1/stock/15.71/movements', {
      data: { type: 'PRINTED', quantity: 1, occurredOn: jakartaDay() },
      headers: { 'Idempotency-Key': `${otherKey}-${Date.now()}` },
    });
    expect(other.status()).toBe(201);
    await context.setOffline(false);
    await expect(page.getByTestId('outbox-refused')).toHaveText('Ditolak (1)', { timeout: 20_000 });
    await page.getByTestId('outbox-toggle').click();
  };

  await officerOnStok(page);
  const before = numberOf(await page.getByTestId('onhand').textContent());
  const reference = `E2E-DITOLAK-${Date.now()}`;
  await context.setOffline(true);
  await page.getByLabel('Jenis').first().selectOption('PRINTED');
  await page.getByLabel('Jumlah').fill(String(before));
  await page.getByLabel('Referensi').fill(reference);
  // the form has its answer (kept on the device): what the server says later goes to the outbox
  await saveOfflineAndGetRefused('e2e-other');
  await expect(page.getByTestId('outbox-error')).toHaveText(
    `Ditolak server: Stok tidak cukup: saldo ${fmtId(before - 1)} keping, diminta ${fmtId(before)} keping. Tidak ada yang dicatat.`,
  );
  await page.getByRole('link', { name: 'Ubah' }).click();
  await expect(page.getByTestId('editing-entry')).toBeVisible();
  await expect(page.getByLabel('Jumlah')).toHaveValue(String(before));
  await expect(page.getByLabel('Referensi')).toHaveValue(reference);
  await page.getByLabel('Jumlah').fill('3');
  await page.getByRole('button', { name: 'Simpan mutasi' }).click();
  await expect(page.getByTestId('movement-outcome')).toHaveText(
    `Tersimpan. Saldo sekarang ${fmtId(before - 4)} keping.`,
  );
  await expect(page.getByTestId('outbox')).toHaveCount(0);
  expect((await ledgerWith(page, reference)).map((m) => m.quantity)).toEqual([3]);

  // a second refusal, discarded: the confirmation comes first, and Cancel keeps it
  await context.setOffline(true);
  await page.getByLabel('Jumlah').fill(String(before - 4));
  await page.getByLabel('Referensi').fill(`${reference}-B`);
  // the form is told the entry is kept on the device before the other device books and the signal
  // returns: until then its own first try is still out (a slow failure on a loaded machine), and a
  // refusal answering that try comes back to the form, inline, instead of to the outbox
  await saveOfflineAndGetRefused('e2e-other2');
  await page.getByRole('button', { name: 'Buang' }).click();
  await expect(page.getByTestId('discard-confirm')).toContainText('Buang entri ini?');
  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByTestId('outbox-entry')).toHaveCount(1);
  await page.getByRole('button', { name: 'Buang' }).click();
  await page.getByRole('button', { name: 'Ya, buang' }).click();
  await expect(page.getByTestId('outbox')).toHaveCount(0);
  expect(await ledgerWith(page, `${reference}-B`)).toHaveLength(0);
});

test('an entry whose session ended offline goes when the same user signs in again, never under another user', async ({
  page,
  context,
}) => {
  await officerOnStok(page);
  const reference = `E2E-SESI-${Date.now()}`;
  await context.setOffline(true);
  await page.getByLabel('Jenis').first().selectOption('PRINTED');
  await page.getByLabel('Jumlah').fill('2');
  await page.getByLabel('Referensi').fill(reference);
  await page.getByRole('button', { name: 'Simpan mutasi' }).click();
  await expect(page.getByTestId('outbox-waiting')).toHaveText('Menunggu dikirim (1)');
  // signing out with an entry waiting warns first
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByTestId('signout-warning')).toContainText('1 entri belum terkirim');
  await page.getByRole('button', { name: 'Batal' }).click();
  await context.clearCookies(); // the 8-hour session ran out while there was no signal
  await context.setOffline(false);
  await expect(page.getByTestId('outbox')).toContainText('Sesi Anda berakhir', { timeout: 20_000 });
  expect(await ledgerWith(page, reference)).toHaveLength(0);

  await signIn(page, 'operator.palembang'); // a colleague signs in on the same phone
  await page.goto('/stok');
  await expect(page.getByTestId('outbox')).toContainText('1 entri milik pengguna lain');
  await page.waitForTimeout(3000);
  await page.getByRole('button', { name: 'Keluar' }).click(); // nothing of theirs waits: no warning
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, 'operator.kotajambi');
  // the page binds the outbox to its user, then sends what waited for them
  await expect
    .poll(async () => (await ledgerWith(page, reference)).map((m) => m.quantity), { timeout: 20_000 })
    .toEqual([2]);
  await expect(page.getByTestId('outbox')).toHaveCount(0);
});

test('offline reloads of /stok and /ikd show their content, the banner and the time of the data (id and en)', async ({
  page,
  context,
}) => {
  await openAs(page, 'operator.kotajambi', '/overview');
  await keptOffline(page, ['/stok', '/ikd']);
  await page.goto('/stok');
  const onHand = await page.getByTestId('onhand').textContent();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('onhand')).toHaveText(onHand!);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))
      .map((v) => v.id),
  ).toEqual([]);
  await page.goto('/ikd');
  await expect(page.getByTestId('day-form')).toBeVisible();
  await expect(page.getByTestId('offline-banner')).toContainText('Tidak ada koneksi.');
  await page.goto('/pengguna'); // never opened on this device
  await expect(page.getByRole('heading', { name: 'Tidak ada koneksi' })).toBeVisible();
  await context.setOffline(false);

  await context.addCookies([{ name: 'pantau_lang', value: 'en', url: page.url() }]);
  await page.goto('/stok');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline-banner')).toContainText('No connection.');
  await expect(page.getByTestId('data-as-of')).toContainText('Data as of');
  await context.setOffline(false);
  await context.clearCookies({ name: 'pantau_lang' });
});

test.describe('before the page is ready', () => {
  test.use({ serviceWorkers: 'block' });
  test('a tap on "Simpan mutasi" before the scripts ran loses nothing', async ({ page }) => {
    await openAs(page, 'operator.kotajambi', '/stok');
    const before = numberOf(await page.getByTestId('onhand').textContent());
    // a slow link: the page's scripts take 4 s to arrive
    await page.route('**/_next/static/chunks/**', async (route) => {
      await new Promise((r) => setTimeout(r, 4000));
      await route.continue();
    });
    await page.goto('/stok', { waitUntil: 'commit' });
    const qty = page.getByLabel('Jumlah');
    await qty.waitFor();
    await qty.fill('9');
    const submit = page.getByRole('button', { name: 'Simpan mutasi' });
    await expect(submit).toBeDisabled();
    await submit.click({ force: true }); // the tap does nothing yet: no reload that drops the 9
    await expect(qty).toHaveValue('9');
    await expect(submit).toBeEnabled({ timeout: 30_000 });
    await expect(qty).toHaveValue('9');
    await page.getByLabel('Jenis').first().selectOption('PRINTED');
    await submit.click();
    await expect(page.getByTestId('movement-outcome')).toHaveText(
      `Tersimpan. Saldo sekarang ${fmtId(before - 9)} keping.`,
    );
    await page.unroute('**/_next/static/chunks/**');
  });

  test('an IKD date typed before the scripts ran is the date the grid loads and the save books', async ({ page }) => {
    const day = jakartaDay(-12);
    const totalOf = async (d: string) =>
      ((await (await page.request.get(`/api/v1/ikd/15.71/days/${d}`)).json()) as { total: number }).total;
    await openAs(page, 'operator.kotajambi', '/ikd');
    const [dayBefore, todayBefore] = [await totalOf(day), await totalOf(jakartaDay())];
    await page.route('**/_next/static/chunks/**', async (route) => {
      await new Promise((r) => setTimeout(r, 4000));
      await route.continue();
    });
    await page.goto('/ikd', { waitUntil: 'commit' });
    const form = page.getByTestId('day-form');
    await form.getByLabel('Tanggal').fill(day);
    const save = form.getByRole('button', { name: 'Simpan' });
    await expect(save).toBeEnabled({ timeout: 30_000 });
    await expect(form.getByLabel('Tanggal')).toHaveValue(day);
    await expect(page.getByTestId('day-total')).toHaveText(fmtId(dayBefore));
    const cell = page.getByLabel('Umum – Jemput bola');
    await cell.fill(String(Number(await cell.inputValue()) + 1));
    await save.click();
    await expect(page.getByTestId('day-ok')).toBeVisible();
    expect([await totalOf(day), await totalOf(jakartaDay())]).toEqual([dayBefore + 1, todayBefore]);
    await page.unroute('**/_next/static/chunks/**');
  });
});
