import { expect, test } from '@playwright/test';
import { fmtId, follow, seriousViolations, signIn } from './helpers';

test('admin drills down nation → province → regency; the figures match the API', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.getByTestId('scope-name')).toHaveText('Indonesia');
  const national = await (await page.request.get('/api/v1/overview?scope=national')).json();
  await expect(page.getByTestId('ikd-activations')).toHaveText(fmtId(national.ikd.activations));
  await expect(page.getByTestId('stock-onhand')).toHaveText(fmtId(national.stock.onHand));
  await expect(page.getByTestId('children-table').locator('tbody tr')).toHaveCount(38);

  await follow(page, 'Jambi', /scope=15$/);
  await expect(page.getByTestId('scope-name')).toHaveText('Jambi');
  const jambi = await (await page.request.get('/api/v1/overview?scope=15')).json();
  await expect(page.getByTestId('stock-below')).toHaveText(
    `${fmtId(jambi.stock.belowMinimum)} / ${fmtId(jambi.stock.out)}`,
  );
  await expect(page.getByTestId('queue-waiting')).toHaveText(fmtId(jambi.queue.waiting));
  await expect(page.getByTestId('children-table').locator('tbody tr')).toHaveCount(11);

  await follow(page, 'Kota Jambi', /scope=15\.71$/);
  const kota = await (await page.request.get('/api/v1/overview?scope=15.71')).json();
  await expect(page.getByTestId('ikd-wajib')).toHaveText(fmtId(kota.ikd.wajibKtp));
  await expect(page.getByTestId('queue-capacity')).toHaveText(fmtId(kota.queue.capacity));
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  // The scope lives in the URL: a shared link opens the same view, with a past date too.
  await page.goto('/overview?scope=16.71&asOf=2023-04-03');
  await expect(page.getByTestId('ikd-activations')).toHaveText('21.286');
});

test('an officer sees their regency and only the summary of the province', async ({ page }) => {
  await signIn(page, 'operator.kotajambi');
  await expect(page).toHaveURL(/scope=15\.71$/);
  await page.getByRole('link', { name: 'Jambi', exact: true }).click();
  await expect(page.getByTestId('children-table').locator('tbody tr')).toHaveCount(1);
  await page.goto('/overview?scope=15.01');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  // The navigation's "Ringkasan" (no scope in the link) opens the officer's own regency.
  await page.getByRole('link', { name: 'Ringkasan' }).click();
  await expect(page.getByTestId('scope-name')).toHaveText('Kota Jambi');
});

test('the overview and the login page pass axe with no serious or critical violation', async ({ page }) => {
  await page.goto('/login');
  expect(await seriousViolations(page)).toEqual([]);
  await signIn(page, 'kadis.sumsel');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('works at 360 px wide: nothing spills sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/login');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await signIn(page, 'kadis.jambi');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.getByTestId('ikd-activations')).toBeVisible();
  await context.close();
});
