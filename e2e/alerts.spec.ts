import { expect, test, type Page } from '@playwright/test';
import { signedInPage } from './helpers';

interface Alert {
  id: string;
  kind: string;
  regencyCode: string;
  anomalyId?: number;
  href: string;
}

const alertsOf = async (page: Page, query: string) =>
  (await (await page.request.get(`/api/v1/alerts?${query}`)).json()) as { alerts: Alert[]; unseen: number };

/** SPEC §14, issue 18: an officer counts the shelf and finds it empty. The ADJUSTMENT to 0 is
 *  saved, but it is more than 20 % and 200 cards of the balance, so it is flagged: the head's bell
 *  counts the two new alerts (Kota Jambi out of stock, and the anomaly), the alerts page lists
 *  them worst first, and the head marks the anomaly checked with a note — it leaves the list and
 *  the ledger's mark says it was checked. The adjustment is reversed at the end, so the demo's
 *  balance is as before for the tests after this one. */
test('an ADJUSTMENT to 0 raises STOCK_OUT and ANOMALY on the head’s bell; the head marks the anomaly checked', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const head = await signedInPage(browser, 'kadis.jambi');
  await head.goto('/peringatan'); // opening the alerts page marks what it lists as seen
  await expect(head.getByTestId('alerts-count')).toBeVisible();
  await expect.poll(async () => (await alertsOf(head, 'scope=15')).unseen).toBe(0);
  await head.reload();
  await expect(head.getByRole('link', { name: 'Peringatan: tidak ada yang baru' })).toBeVisible();
  await expect(head.getByTestId('alert-count')).toBeHidden();

  const officer = await signedInPage(browser, 'operator.kotajambi');
  const stock = await (await officer.request.get('/api/v1/stock?province=15')).json();
  const before = (stock.regencies as { regencyCode: string; onHand: number }[]).find(
    (r) => r.regencyCode === '15.71',
  )!.onHand;
  expect(before).toBeGreaterThan(250); // a count to 0 changes it by more than 20 % and 200 cards
  const adjusted = await officer.request.post('/api/v1/stock/15.71/movements', {
    data: { type: 'ADJUSTMENT', countedOnHand: 0, occurredOn: stock.today, note: 'Hitung fisik: rak kosong' },
    headers: { 'Idempotency-Key': `e2e-alerts-${Date.now()}` },
  });
  expect(adjusted.status()).toBe(201);
  const { movement, onHand } = await adjusted.json();
  expect(onHand).toBe(0);

  try {
    // the head's bell: exactly the two new alerts
    await head.goto('/');
    await expect(head.getByTestId('alert-count')).toHaveText('2');
    const regency = await alertsOf(head, 'scope=15.71');
    const anomaly = regency.alerts.find((a) => a.kind === 'ANOMALY' && a.href.endsWith(`#m-${movement.id}`))!;
    expect(anomaly.anomalyId).toBeGreaterThan(0);
    expect(regency.alerts.filter((a) => a.kind === 'STOCK_OUT').map((a) => a.regencyCode)).toEqual(['15.71']);

    // the bell streams in after the page (a placeholder first): follow the one that counts
    await head.getByRole('link', { name: 'Peringatan: 2 belum dilihat' }).click();
    await expect(head).toHaveURL(/\/peringatan$/);
    // the region is chosen by name: Kota Jambi's alerts alone
    await head.getByLabel('Wilayah').selectOption({ label: 'Kota Jambi' });
    await head.getByRole('button', { name: 'Saring' }).click();
    await expect(head).toHaveURL(/scope=15\.71/);
    await expect(head.locator('li[data-kind]').first()).toContainText('Kota Jambi');
    const stockOut = head.locator('li[data-kind="STOCK_OUT"]', { hasText: 'Kota Jambi' });
    await expect(stockOut).toContainText('Kota Jambi: stok blangko habis.');
    await expect(stockOut).toHaveAttribute('data-severity', 'critical');
    await expect(
      head.locator('li[data-kind="ANOMALY"]', { has: head.getByTestId(`check-${anomaly.anomalyId}`) }),
    ).toHaveCount(1);

    // marked checked with a note: it leaves the list; the ledger keeps a checked mark
    await head.getByTestId(`check-note-${anomaly.anomalyId}`).fill('Sudah dicek: blangko dipindah ke gudang provinsi');
    await head.getByTestId(`check-${anomaly.anomalyId}`).click();
    await expect(head.getByTestId(`check-${anomaly.anomalyId}`)).toHaveCount(0);
    expect((await alertsOf(head, 'scope=15.71')).alerts.map((a) => a.id)).not.toContain(anomaly.id);
    await head.goto(`/stok?kode=15.71&from=${stock.today}&to=${stock.today}`);
    const mark = head.locator(`#m-${movement.id}`).getByTestId('anomaly-mark');
    await expect(mark).toHaveAttribute('data-checked', '1');
    await expect(mark).toContainText('Sudah dicek: blangko dipindah ke gudang provinsi');
  } finally {
    // put the shelf back as it was, whatever happened above (the tests after this one count on it)
    const undo = await officer.request.post('/api/v1/stock/15.71/movements', {
      data: { type: 'REVERSAL', reversesId: movement.id, occurredOn: stock.today },
    });
    expect(undo.status()).toBe(201);
    expect((await undo.json()).onHand).toBe(before);
  }
  // STOCK_OUT goes with it
  expect((await alertsOf(head, 'scope=15.71')).alerts.filter((a) => a.kind === 'STOCK_OUT')).toEqual([]);
});
