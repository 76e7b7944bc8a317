import { expect, test, type Browser, type Page } from '@playwright/test';
import { fmtId, seriousViolations, signIn } from './helpers';

/** Issue 5: a kiosk, a counter, the display board and the supervisor view, each in its own
 *  browser context, against the seeded demo (office 1 = Disdukcapil Kota Jambi, counter 1 = its
 *  Loket 1). Expectations are relative to what the test reads first. */
const OFFICE = 1;

async function as(browser: Browser, user: string, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

async function fitsWidth(page: Page, width = 360) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test('a morning: kiosk → counter → display board → supervisor, each change within 5 s', async ({ browser }) => {
  test.setTimeout(120_000); // four signed-in browser contexts and four axe scans on a shared 2-core machine
  const kiosk = await as(browser, 'kiosk.kotajambi', 360);
  const counter = await as(browser, 'loket1.kotajambi');
  const board = await as(browser, 'kiosk.kotajambi');
  const boss = await as(browser, 'operator.kotajambi');

  // the kiosk takes a number and sees it
  await expect(kiosk.page).toHaveURL(/\/kios$/);
  await expect(kiosk.page.getByTestId('scope-name')).toHaveText('Disdukcapil Kota Jambi');
  await fitsWidth(kiosk.page);
  expect(await seriousViolations(kiosk.page)).toEqual([]);
  await kiosk.page.getByTestId('take-IKD').click();
  const numberEl = kiosk.page.getByTestId('ticket-number');
  await expect(numberEl).toHaveText(/^I-\d{3}$/);
  const number = (await numberEl.textContent()) ?? '';
  await expect(kiosk.page.getByTestId('ticket-service')).toHaveText('Aktivasi IKD');
  const before = Number((await kiosk.page.getByTestId('ticket-waiting-before').textContent())?.replace(/\./g, ''));
  await fitsWidth(kiosk.page);
  expect(await seriousViolations(kiosk.page)).toEqual([]);

  // Loket 1 finishes whatever it holds and the residents ahead (through the API, as a second
  // device of the counter would), so the next call from the screen is the kiosk's ticket
  const api = counter.page.request;
  const state = await (await api.get(`/api/v1/offices/${OFFICE}/queue`)).json();
  const mine = state.office.counters.find((c: { name: string }) => c.name === 'Loket 1');
  if (mine.current) expect((await api.post(`/api/v1/tickets/${mine.current.id}/done`)).status()).toBe(200);
  for (let i = 0; i < before; i++) {
    const res = await api.post(`/api/v1/counters/${mine.id}/call-next`);
    expect(res.status()).toBe(200);
    const t = await res.json();
    expect(t.number).not.toBe(number);
    expect((await api.post(`/api/v1/tickets/${t.id}/done`)).status()).toBe(200);
  }

  await board.page.goto('/layar');
  await expect(board.page.getByTestId('scope-name')).toHaveText('Disdukcapil Kota Jambi');
  expect(await seriousViolations(board.page)).toEqual([]);

  await boss.page.goto('/antrean?scope=15.71');
  const served = boss.page.getByTestId(`office-served-${OFFICE}`);
  await expect(served).toBeVisible();
  const servedBefore = (await (await boss.page.request.get('/api/v1/queue?scope=15.71')).json()).offices.find(
    (o: { id: number }) => o.id === OFFICE,
  ).served as number;
  await expect(served).toHaveText(fmtId(servedBefore), { timeout: 5_000 });
  expect(await seriousViolations(boss.page)).toEqual([]);

  // the operator calls it next; the display board shows it within 5 s
  await expect(counter.page).toHaveURL(/\/loket$/);
  await expect(counter.page.getByTestId('scope-name')).toHaveText('Disdukcapil Kota Jambi');
  await expect(counter.page.getByTestId('current-ticket')).toHaveText('—');
  await expect(counter.page.getByTestId('main-action')).toHaveText('Panggil berikutnya (Enter)');
  await counter.page.getByTestId('main-action').click();
  await expect(counter.page.getByTestId('current-ticket')).toHaveText(number);
  await expect(board.page.getByTestId('board-latest-number')).toHaveText(number, { timeout: 5_000 });
  await expect(board.page.getByTestId('board-latest-counter')).toHaveText('Loket 1');
  expect(await seriousViolations(counter.page)).toEqual([]);

  // while serving, the main action finishes and calls the next; calling alone is refused
  await expect(counter.page.getByTestId('main-action')).toHaveText('Selesai & panggil berikutnya (Enter)');
  const early = await api.post(`/api/v1/counters/${mine.id}/call-next`);
  expect(early.status()).toBe(409);
  expect((await early.json()).error.message).toBe(
    `Tiket ${number} masih dilayani di Loket 1; selesaikan atau tandai tidak hadir dulu.`,
  );

  // done: the supervisor sees served + 1 within 5 s
  await counter.page.getByRole('button', { name: 'Selesai saja (S)' }).click();
  await expect(counter.page.getByTestId('current-ticket')).toHaveText('—');
  await expect(served).toHaveText(fmtId(servedBefore + 1), { timeout: 5_000 });

  // finishing it again from another device is refused with the reason, and nothing changes
  const ticketId = (await (await api.get(`/api/v1/offices/${OFFICE}/queue`)).json()).lastCalls.find(
    (c: { number: string }) => c.number === number,
  ).id;
  const again = await api.post(`/api/v1/tickets/${ticketId}/done`);
  expect(again.status()).toBe(409);
  expect((await again.json()).error.message).toBe(
    `Tiket ${number} berstatus selesai, jadi tidak bisa diselesaikan; hanya tiket yang sedang dipanggil yang bisa.`,
  );
  await expect(served).toHaveText(fmtId(servedBefore + 1));

  for (const c of [kiosk, counter, board, boss]) await c.context.close();
});

test('the counter recalls, transfers and marks a no-show from its screen', async ({ browser }) => {
  const counter = await as(browser, 'loket1.kotajambi', 360);
  const board = await as(browser, 'kiosk.kotajambi');
  const admin = await as(browser, 'admin');
  const kioskApi = board.page.request;
  const queueOf = async () => await (await admin.page.request.get(`/api/v1/offices/${OFFICE}/queue`)).json();
  const loket = (q: { office: { counters: { name: string }[] } }, name: string) =>
    q.office.counters.find((c) => c.name === name) as unknown as {
      id: number;
      noShows: number;
      current: { id: number } | null;
    };

  // the counter starts free, with the kiosk's new IKD ticket next in line
  const start = loket(await queueOf(), 'Loket 1');
  if (start.current) await admin.page.request.post(`/api/v1/tickets/${start.current.id}/done`);
  const issued = await (await kioskApi.post(`/api/v1/offices/${OFFICE}/tickets`, { data: { service: 'IKD' } })).json();
  for (let i = 0; i < issued.waitingBefore; i++) {
    const t = await (await admin.page.request.post(`/api/v1/counters/${start.id}/call-next`)).json();
    await admin.page.request.post(`/api/v1/tickets/${t.id}/done`);
  }
  await counter.page.goto('/loket');
  await counter.page.getByTestId('main-action').click();
  await expect(counter.page.getByTestId('current-ticket')).toHaveText(issued.number);

  // another counter calls; a recall puts this ticket back on top of the board
  await board.page.goto('/layar');
  await kioskApi.post(`/api/v1/offices/${OFFICE}/tickets`, { data: { service: 'KK' } });
  const loket5 = loket(await queueOf(), 'Loket 5');
  if (loket5.current) await admin.page.request.post(`/api/v1/tickets/${loket5.current.id}/done`);
  const other = await (await admin.page.request.post(`/api/v1/counters/${loket5.id}/call-next`)).json();
  await expect(board.page.getByTestId('board-latest-number')).toHaveText(other.number, { timeout: 5_000 });
  await counter.page.getByRole('button', { name: 'Panggil ulang' }).click();
  await expect(board.page.getByTestId('board-latest-number')).toHaveText(issued.number, { timeout: 5_000 });
  await expect(board.page.getByTestId('board-latest-counter')).toHaveText('Loket 1');
  await admin.page.request.post(`/api/v1/tickets/${other.id}/done`);

  // transfer to the family-card queue: it leaves the counter and waits there with an F number
  await counter.page.getByLabel('Alihkan ke layanan').selectOption('KK');
  await counter.page.getByRole('button', { name: 'Alihkan', exact: true }).click();
  await expect(counter.page.getByTestId('current-ticket')).toHaveText('—');
  let moved: { id: number; number: string } | null = null;
  for (let i = 0; i < 100 && moved?.id !== issued.id; i++) {
    const res = await admin.page.request.post(`/api/v1/counters/${loket5.id}/call-next`, { data: { service: 'KK' } });
    expect(res.status()).toBe(200);
    const t = (await res.json()) as { id: number; number: string };
    moved = t;
    await admin.page.request.post(`/api/v1/tickets/${t.id}/done`);
  }
  expect(moved?.number).toMatch(/^F-\d{3}$/);

  // a resident who does not come is marked a no-show, after 10 seconds in which it can be undone
  const noShowsBefore = loket(await queueOf(), 'Loket 1').noShows;
  await kioskApi.post(`/api/v1/offices/${OFFICE}/tickets`, { data: { service: 'IKD' } });
  await counter.page.getByTestId('main-action').click();
  const current = counter.page.getByTestId('current-ticket');
  await expect(current).toHaveText(/^I-\d{3}$/);
  const absent = (await current.textContent()) ?? '';
  await counter.page.getByTestId('no-show').click();
  await expect(counter.page.getByTestId('no-show-pending')).toContainText(`${absent} ditandai tidak hadir dalam`);
  await counter.page.getByTestId('undo-no-show').click();
  await expect(counter.page.getByTestId('queue-note')).toHaveText(`${absent} tetap dilayani.`);
  await counter.page.waitForTimeout(10_500);
  await expect(current).toHaveText(absent);
  expect(loket(await queueOf(), 'Loket 1').noShows).toBe(noShowsBefore);
  await counter.page.keyboard.press('t'); // the shortcut, this time left to run out
  await expect(counter.page.getByTestId('no-show-pending')).toBeVisible();
  await expect(current).toHaveText('—', { timeout: 13_000 });
  expect(loket(await queueOf(), 'Loket 1').noShows).toBe(noShowsBefore + 1);
  await fitsWidth(counter.page);
  for (const c of [counter, board, admin]) await c.context.close();
});

test('a call made through the API shows on the board, and the screens fit 360 px', async ({ browser }) => {
  const board = await as(browser, 'loket1.kotajambi', 360);
  await board.page.goto('/layar');
  await fitsWidth(board.page);
  const kioskApi = await as(browser, 'kiosk.kotajambi');
  const issued = await kioskApi.page.request.post(`/api/v1/offices/${OFFICE}/tickets`, { data: { service: 'KK' } });
  expect(issued.status()).toBe(201);
  const ticket = await issued.json();
  expect(ticket).toMatchObject({ service: 'KK', status: 'WAITING' });
  // Loket 5 serves KK; the admin calls there through the API until this ticket comes up
  const admin = await as(browser, 'admin');
  const office = await (await admin.page.request.get(`/api/v1/offices/${OFFICE}/queue`)).json();
  const loket5 = office.office.counters.find((c: { name: string }) => c.name === 'Loket 5');
  if (loket5.current) await admin.page.request.post(`/api/v1/tickets/${loket5.current.id}/done`);
  let called = '';
  for (let i = 0; i < 100 && called !== ticket.number; i++) {
    const res = await admin.page.request.post(`/api/v1/counters/${loket5.id}/call-next`, { data: { service: 'KK' } });
    expect(res.status()).toBe(200);
    const t = await res.json();
    called = t.number;
    if (called !== ticket.number) await admin.page.request.post(`/api/v1/tickets/${t.id}/no-show`);
  }
  await expect(board.page.getByTestId('board-latest-number')).toHaveText(ticket.number, { timeout: 5_000 });
  await expect(board.page.getByTestId('board-latest-counter')).toHaveText('Loket 5');
  await admin.page.request.post(
    `/api/v1/tickets/${(await (await admin.page.request.get(`/api/v1/offices/${OFFICE}/queue`)).json()).lastCalls[0].id}/done`,
  );

  await admin.page.goto('/kantor?scope=15.71');
  await expect(admin.page.getByRole('heading', { name: 'Kantor dan loket' })).toBeVisible();
  expect(await seriousViolations(admin.page)).toEqual([]);
  for (const c of [board, kioskApi, admin]) await c.context.close();
});

test('the officer adds a counter to an office and closes it', async ({ browser }) => {
  const officer = await as(browser, 'operator.kotajambi', 360);
  await officer.page.goto('/kantor');
  await fitsWidth(officer.page);
  const card = officer.page.getByTestId(`office-${OFFICE}`);
  await card.getByText('Loket baru').click();
  const name = `Loket E2E ${Date.now() % 100000}`;
  await card.getByLabel('Nama').last().fill(name);
  await card.getByRole('button', { name: 'Tambah' }).click();
  const form = card.getByRole('form', { name });
  await expect(form).toBeVisible();
  await form.getByLabel('Buka').uncheck();
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByTestId('form-message')).toHaveText('Tersimpan.');
  const offices = await (await officer.page.request.get('/api/v1/offices?scope=15.71')).json();
  const created = offices
    .find((o: { id: number }) => o.id === OFFICE)
    .counters.find((c: { name: string }) => c.name === name);
  expect(created).toMatchObject({ capacity: 60, isOpen: false, services: ['IKD'] });
  expect(await seriousViolations(officer.page)).toEqual([]);
  await officer.context.close();
});

test('a province’s offices come 50 to a page, with the totals of all of them', async ({ browser }) => {
  const head = await as(browser, 'kadis.sumsel');
  const api = await (await head.page.request.get('/api/v1/queue?scope=16&limit=500')).json();
  expect(api.page.total).toBe(51);
  await head.page.goto('/antrean?scope=16');
  await expect(head.page.getByTestId('offices-shown')).toContainText('Kantor 1–50 dari 51');
  await expect(head.page.locator('li[data-testid^="office-"]')).toHaveCount(50);
  await expect(head.page.getByTestId('total-issued')).toHaveText(fmtId(api.totals.issued));
  await head.page.getByRole('link', { name: 'Berikutnya →' }).click();
  await expect(head.page).toHaveURL(/hal=2/);
  await expect(head.page.getByTestId('offices-shown')).toContainText('Kantor 51–51 dari 51');
  await expect(head.page.locator('li[data-testid^="office-"]')).toHaveCount(1);
  await expect(head.page.getByTestId(`office-${api.offices[50].id}`)).toBeVisible();
  await expect(head.page.getByTestId('total-issued')).toHaveText(fmtId(api.totals.issued));
  await head.context.close();
});
