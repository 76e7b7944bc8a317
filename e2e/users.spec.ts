import { expect, test } from '@playwright/test';
import { openAs, signIn } from './helpers';

test('a head creates an officer, who must change the password; the head deactivates them and their open session is refused', async ({
  page,
  browser,
}) => {
  await signIn(page, 'kadis.jambi');
  await page.getByRole('link', { name: 'Pengguna' }).click();
  await expect(page.getByTestId('users-table')).toBeVisible();
  const form = page.getByRole('form', { name: 'Buat pengguna' });
  await form.getByLabel('Nama pengguna').fill('operator.kerinci');
  await form.getByLabel('Nama lengkap').fill('Operator Kerinci');
  await form.getByLabel('Wilayah (kode)').fill('15.01');
  await form.getByLabel('Kata sandi awal').fill('abc');
  await form.evaluate((f: HTMLFormElement) => (f.noValidate = true));
  await form.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(page.getByTestId('error-password')).toHaveText('Kata sandi minimal 12 karakter.');
  await form.getByLabel('Kata sandi awal').fill('Kerinci-Sakti-2026');
  await form.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(page.getByTestId('notice')).toContainText('operator.kerinci');
  await expect(page.getByTestId('user-operator.kerinci')).toContainText('wajib ganti sandi');

  // The new officer signs in on another device and must choose a new password first.
  const other = await browser.newContext();
  const officer = await other.newPage();
  await signIn(officer, 'operator.kerinci', 'Kerinci-Sakti-2026');
  await expect(officer).toHaveURL(/\/ganti-sandi/);
  expect((await officer.request.get('/api/v1/overview?scope=15.01')).status()).toBe(403);
  await officer.getByLabel('Kata sandi saat ini').fill('Kerinci-Sakti-2026');
  await officer.getByLabel('Kata sandi baru').fill('Danau-Kerinci-Biru-7');
  await officer.getByRole('button', { name: 'Simpan' }).click();
  await expect(officer.getByTestId('scope-name')).toHaveText('Kabupaten Kerinci');
  expect((await officer.request.get('/api/v1/overview?scope=15.01')).status()).toBe(200);

  // The head deactivates the officer: the officer's open session is refused at the next request.
  await page.reload();
  await page.getByTestId('user-operator.kerinci').getByRole('button', { name: 'Nonaktifkan', exact: true }).click();
  // exact: 'Aktifkan' is also a substring of 'Nonaktifkan', which would not wait for the write
  await expect(
    page.getByTestId('user-operator.kerinci').getByRole('button', { name: 'Aktifkan', exact: true }),
  ).toBeVisible();
  expect((await officer.request.get('/api/v1/overview?scope=15.01')).status()).toBe(401);
  await officer.reload();
  await expect(officer).toHaveURL(/\/login/);
  await other.close();

  // Every step is in the audit trail, and the filters live in the URL.
  await page.getByRole('link', { name: 'Audit' }).click();
  await page.getByLabel('Tindakan').fill('user');
  await page.getByRole('button', { name: 'Saring' }).click();
  await expect(page).toHaveURL(/action=user/);
  const rows = page.getByTestId('audit-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('user.deactivate');
  await expect(rows.nth(1)).toContainText('user.change_password');
  await expect(rows.nth(2)).toContainText('user.create');
});

test('officers and kiosks cannot open user administration or the audit trail', async ({ page }) => {
  await signIn(page, 'operator.oki');
  await expect(page.getByRole('link', { name: 'Pengguna' })).toHaveCount(0);
  await page.goto('/pengguna');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await page.goto('/audit');
  await expect(page.getByTestId('forbidden')).toBeVisible();
});

test('the admin deactivates a user with an open session, reactivates them, and resets their password', async ({
  page,
  browser,
}) => {
  await openAs(page, 'admin', '/pengguna');
  const form = page.getByRole('form', { name: 'Buat pengguna' });
  await form.getByLabel('Nama pengguna').fill('operator.batanghari');
  await form.getByLabel('Nama lengkap').fill('Operator Batanghari');
  await form.getByLabel('Peran').selectOption('REGENCY_OFFICER');
  await form.getByLabel('Wilayah (kode)').fill('15.04');
  await form.getByLabel('Kata sandi awal').fill('Batanghari-Jambi-2026');
  await form.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(page.getByTestId('notice')).toContainText('operator.batanghari');
  const row = page.getByTestId('user-operator.batanghari');

  const other = await browser.newContext();
  const officer = await other.newPage();
  await signIn(officer, 'operator.batanghari', 'Batanghari-Jambi-2026');
  await officer.getByLabel('Kata sandi saat ini').fill('Batanghari-Jambi-2026');
  await officer.getByLabel('Kata sandi baru').fill('Sungai-Batanghari-88');
  await officer.getByRole('button', { name: 'Simpan' }).click();
  await expect(officer.getByTestId('scope-name')).toHaveText('Kabupaten Batanghari');

  const stale = await other.cookies();

  // Deactivated: the open session is refused at its next request, and signing in again fails.
  await row.getByRole('button', { name: 'Nonaktifkan', exact: true }).click();
  await expect(row.getByRole('button', { name: 'Aktifkan', exact: true })).toBeVisible();
  expect((await officer.request.get('/api/v1/overview?scope=15.04')).status()).toBe(401);
  await officer.goto('/login');
  await officer.getByLabel('Nama pengguna').fill('operator.batanghari');
  await officer.getByLabel('Kata sandi').fill('Sungai-Batanghari-88');
  await officer.getByRole('button', { name: 'Masuk' }).click();
  await expect(officer).toHaveURL(/\/login/);

  // Reactivated: the session from before stays revoked; signing in again with the same password works.
  await row.getByRole('button', { name: 'Aktifkan', exact: true }).click();
  await expect(row.getByRole('button', { name: 'Nonaktifkan', exact: true })).toBeVisible();
  await other.clearCookies();
  await other.addCookies(stale);
  expect((await officer.request.get('/api/v1/overview?scope=15.04')).status()).toBe(401);
  await other.clearCookies();
  await signIn(officer, 'operator.batanghari', 'Sungai-Batanghari-88');
  await expect(officer.getByTestId('scope-name')).toHaveText('Kabupaten Batanghari');

  // Reset: a temporary password, shown once, which must be changed before anything else.
  await row.getByRole('button', { name: 'Atur ulang sandi' }).click();
  const notice = await page.getByTestId('notice').innerText();
  const temporary = /operator\.batanghari: (\S+) —/.exec(notice)![1];
  await other.clearCookies();
  await signIn(officer, 'operator.batanghari', temporary);
  await expect(officer).toHaveURL(/\/ganti-sandi/);
  expect((await officer.request.get('/api/v1/overview?scope=15.04')).status()).toBe(403);
  await other.close();
});
