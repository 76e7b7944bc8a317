import { expect, test, type Browser } from '@playwright/test';
import { signIn } from './helpers';

/** Issue 17 (SPEC §13, §11): the live screens on the seeded demo (office 1 = Disdukcapil Kota
 *  Jambi, open round the clock; Loket 5 serves KK). */
const OFFICE = 1;

async function as(browser: Browser, user: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

test('a call shows on the board by the stream within 1 s, flashing; a dropped connection shows on board and counter', async ({
  browser,
}) => {
  const board = await as(browser, 'kiosk.kotajambi', { width: 1920, height: 1080 });
  const counter = await as(browser, 'loket1.kotajambi');
  const admin = await as(browser, 'admin');
  await board.page.goto('/layar');
  await expect(board.page.locator('main[data-live="stream"]')).toBeVisible();
  // the whole 16:9 screen is used, nothing scrolls
  expect(await board.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
  await board.page.getByTestId('enable-sound').click();
  await expect(board.page.getByTestId('sound-on')).toBeVisible();

  const api = admin.page.request;
  const ticket = await (
    await board.page.request.post(`/api/v1/offices/${OFFICE}/tickets`, { data: { service: 'KK' } })
  ).json();
  const state = await (await api.get(`/api/v1/offices/${OFFICE}/queue`)).json();
  const loket5 = state.office.counters.find((c: { name: string }) => c.name === 'Loket 5');
  if (loket5.current) await api.post(`/api/v1/tickets/${loket5.current.id}/done`);
  let called = { id: 0, number: '' };
  for (let i = 0; i < 100 && called.number !== ticket.number; i++) {
    if (called.id) await api.post(`/api/v1/tickets/${called.id}/done`);
    called = await (await api.post(`/api/v1/counters/${loket5.id}/call-next`, { data: { service: 'KK' } })).json();
    if (called.number === ticket.number) break;
    await api.post(`/api/v1/tickets/${called.id}/done`);
    called = { id: 0, number: '' };
  }
  const latest = board.page.getByTestId('board-latest-number');
  await expect(latest).toHaveText(ticket.number, { timeout: 1_000 });
  await expect(board.page.getByTestId('board-now')).toHaveAttribute('data-flash', 'on');
  await expect(board.page.getByTestId('board-now')).toHaveAttribute('data-flash', 'off', { timeout: 6_000 });
  // a recall flashes again
  expect((await api.post(`/api/v1/tickets/${called.id}/recall`)).status()).toBe(200);
  await expect(board.page.getByTestId('board-now')).toHaveAttribute('data-flash', 'on', { timeout: 1_000 });
  await api.post(`/api/v1/tickets/${called.id}/done`);

  // the connection drops: after 10 s both screens say since when
  await counter.page.goto('/loket');
  await expect(counter.page.locator('[data-live="stream"]')).toBeVisible();
  await board.context.setOffline(true);
  await counter.context.setOffline(true);
  for (const p of [board.page, counter.page]) {
    await expect(p.getByTestId('stale-banner')).toContainText(/^Koneksi terputus sejak \d{2}\.\d{2} WIB/, {
      timeout: 15_000,
    });
  }
  await board.context.setOffline(false);
  await expect(board.page.getByTestId('stale-banner')).toHaveCount(0, { timeout: 10_000 });
  for (const c of [board, counter, admin]) await c.context.close();
});

test('the kiosk: no staff chrome, refuses offline and outside the hours, back to the services after 10 s', async ({
  browser,
}) => {
  const kiosk = await as(browser, 'kiosk.kotajambi', { width: 1024, height: 768 });
  const admin = await as(browser, 'admin');
  const page = kiosk.page;
  await expect(page).toHaveURL(/\/kios$/);
  await expect(page.getByRole('button', { name: 'Keluar', exact: true })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);

  // a ticket shows office, date, number, people ahead and the estimated wait, then goes away
  await page.getByTestId('take-IKD').click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^I-\d{3}$/);
  await expect(page.getByTestId('ticket-office')).toHaveText('Disdukcapil Kota Jambi');
  await expect(page.getByTestId('ticket-date')).not.toBeEmpty();
  await expect(page.getByTestId('ticket-estimated-wait')).toHaveText(/^(± \d+ menit|–)$/);
  await expect(page.getByTestId('ticket-number')).toHaveCount(0, { timeout: 12_000 });
  await expect(page.getByTestId('take-IKD')).toBeEnabled();

  // offline: the buttons refuse, with the reason
  await kiosk.context.setOffline(true);
  await expect(page.getByTestId('kiosk-offline')).toBeVisible();
  await expect(page.getByTestId('take-IKD')).toBeDisabled();
  await kiosk.context.setOffline(false);
  await expect(page.getByTestId('take-IKD')).toBeEnabled({ timeout: 15_000 });

  // outside the opening hours: 409 with the hours, and the kiosk shows them
  const patch = (opensAt: string, closesAt: string) =>
    admin.page.request.patch(`/api/v1/offices/${OFFICE}`, { data: { opensAt, closesAt } });
  const wibHour = (new Date().getUTCHours() + 7) % 24;
  const shut = wibHour < 12 ? ['13:00', '14:00'] : ['01:00', '02:00'];
  expect((await patch(shut[0], shut[1])).status()).toBe(200);
  try {
    const refused = await page.request.post(`/api/v1/offices/${OFFICE}/tickets`, { data: { service: 'IKD' } });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.message).toBe(
      `Kantor ini melayani pukul ${shut[0]}–${shut[1]} waktu setempat; nomor antrean hanya bisa diambil pada jam itu.`,
    );
    await expect(page.getByTestId('kiosk-closed')).toHaveText(
      `Kantor ini melayani pukul ${shut[0]}–${shut[1]}. Nomor antrean hanya bisa diambil pada jam itu.`,
    );
    await expect(page.getByTestId('take-IKD')).toBeDisabled();
  } finally {
    expect((await patch('00:00', '23:59')).status()).toBe(200);
  }

  // leaving kiosk mode needs the account's password
  await page.getByTestId('kiosk-staff').click();
  await page.getByTestId('kiosk-exit').getByLabel('Kata sandi').fill('salah-sekali');
  await page.getByTestId('kiosk-exit').getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByTestId('kiosk-exit-error')).toHaveText('Kata sandi salah.');
  for (const c of [kiosk, admin]) await c.context.close();
});

test('the officer sets a daily quota on the office page; the kiosk then refuses with “Kuota hari ini habis”', async ({
  browser,
}) => {
  const kiosk = await as(browser, 'kiosk.kotajambi', { width: 1024, height: 768 });
  const officer = await as(browser, 'operator.kotajambi', { width: 360, height: 800 });
  const issued = await kiosk.page.request.post(`/api/v1/offices/${OFFICE}/tickets`, { data: { service: 'KK' } });
  expect(issued.status()).toBe(201);
  const taken = Number(((await issued.json()).number as string).replace(/\D/g, ''));

  const office = officer.page.getByTestId(`office-${OFFICE}`);
  const quota = officer.page.locator(`#office-${OFFICE}-quota-KK`);
  const save = async () => {
    await office.getByRole('button', { name: 'Simpan' }).first().click();
    await expect(office.getByTestId('form-message').first()).toHaveText('Tersimpan.');
  };
  await officer.page.goto('/kantor?scope=15.71');
  await office.getByText('Ubah kantor').first().click();
  await expect(office.getByTestId(`office-${OFFICE}-quotas`)).toContainText('Kuota harian per layanan');
  await expect(quota).toHaveValue(''); // the capacity of the open counters, shown as the placeholder
  await quota.fill(String(taken));
  try {
    await save();
    await kiosk.page.getByTestId('take-KK').click();
    await expect(kiosk.page.getByTestId('queue-message')).toHaveText(
      `Kuota hari ini habis: ${taken} nomor KK sudah diambil. Silakan datang lagi besok.`,
    );
    await expect(kiosk.page.getByTestId('ticket-number')).toHaveCount(0);
  } finally {
    await officer.page.reload();
    await office.getByText('Ubah kantor').first().click();
    await expect(quota).toHaveValue(String(taken));
    await quota.fill('');
    await save();
  }
  const again = await kiosk.page.request.post(`/api/v1/offices/${OFFICE}/tickets`, { data: { service: 'KK' } });
  expect(again.status()).toBe(201);
  for (const c of [kiosk, officer]) await c.context.close();
});

test('the polling fallback: an office’s queue and a scope answer 304 to an ETag that still matches', async ({
  browser,
}) => {
  const admin = await as(browser, 'admin');
  for (const p of [`/api/v1/offices/${OFFICE}/queue`, '/api/v1/queue?scope=15.71']) {
    const first = await admin.page.request.get(p);
    expect(first.status(), p).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag, p).toMatch(/^W\/"/);
    const again = await admin.page.request.get(p, { headers: { 'If-None-Match': etag } });
    expect(again.status(), p).toBe(304);
  }
  await admin.context.close();
});
