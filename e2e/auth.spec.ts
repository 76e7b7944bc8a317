import { expect, test } from '@playwright/test';
import { signIn, apiSignIn } from './helpers';

const ACCOUNTS: [string, string][] = [
  ['admin', 'Indonesia'],
  ['kadis.jambi', 'Jambi'],
  ['kadis.sumsel', 'Sumatera Selatan'],
  ['operator.kotajambi', 'Kota Jambi'],
  ['operator.oki', 'Kabupaten Ogan Komering Ilir'],
  ['operator.palembang', 'Kota Palembang'],
  ['loket1.kotajambi', 'Disdukcapil Kota Jambi'],
  ['kiosk.kotajambi', 'Disdukcapil Kota Jambi'],
];

test.describe('sign-in', () => {
  for (const [username, scopeName] of ACCOUNTS) {
    test(`${username} lands on the overview of their own scope`, async ({ page }) => {
      await signIn(page, username);
      await expect(page.getByTestId('scope-name')).toHaveText(scopeName);
    });
  }

  test('before the script runs, the sign-in button waits and the password never reaches the address bar', async ({
    browser,
  }) => {
    // one bar of signal: the page is there, its script not yet (here: never)
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page.locator('form').filter({ has: page.getByLabel('Kata sandi') })).toHaveAttribute('method', 'post');
    await expect(page.getByRole('button', { name: 'Masuk' })).toBeDisabled();
    await page.getByLabel('Nama pengguna').fill('operator.kotajambi');
    await page.getByLabel('Kata sandi').fill('pantau-demo');
    await page.getByLabel('Kata sandi').press('Enter');
    await page.waitForTimeout(500);
    expect(page.url()).not.toContain('pantau-demo');
    expect(page.url()).not.toContain('password');
    await context.close();
  });

  test('signing out ends the session', async ({ page }) => {
    await signIn(page, 'kadis.jambi');
    await expect(page).toHaveURL(/scope=15$/);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/overview?scope=15');
    await expect(page).toHaveURL(/\/login/);
    expect((await page.request.get('/api/v1/overview?scope=15')).status()).toBe(401);
  });

  test('a wrong password gets a clear message in Indonesian, and in English after the switch', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await page.getByLabel('Nama pengguna').fill('operator.oki');
    await page.getByLabel('Kata sandi').fill('bukan-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Nama pengguna atau kata sandi salah.');
    await page.getByRole('button', { name: 'en', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Username').fill('operator.oki');
    await page.getByLabel('Password').fill('still-wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Wrong username or password.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'id', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  });

  test('five failures within 15 minutes lock the username with HTTP 429', async ({ page, playwright, baseURL }) => {
    // A username no other spec signs in with (they share one database); auth.test.ts shows the
    // lock also refuses a real account's right password.
    const request = await playwright.request.newContext({ baseURL });
    for (let i = 0; i < 5; i++) {
      const res = await apiSignIn(request, 'petugas.terkunci', `salah-${i}`);
      expect(res.status()).not.toBe(429);
    }
    const locked = await apiSignIn(request, 'petugas.terkunci');
    expect(locked.status()).toBe(429);
    const body = await locked.json();
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toContain('Terlalu banyak percobaan');
    // SPEC §12 locks a username per client address: the browser (its own connection, maybe over
    // IPv6) fails five times itself before the form shows the lock
    await page.goto('/login');
    await page.evaluate(async () => {
      for (let i = 0; i < 5; i++) {
        const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
        await fetch('/api/auth/callback/credentials', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ username: 'petugas.terkunci', password: `x-${i}`, csrfToken, json: 'true' }),
        });
      }
    });
    await page.getByLabel('Nama pengguna').fill('petugas.terkunci');
    await page.getByLabel('Kata sandi').fill('pantau-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByTestId('login-error')).toContainText('Terlalu banyak percobaan masuk yang gagal');
    await request.dispose();
  });

  test('the session cookie is HttpOnly, SameSite=Lax and lives at most 8 hours', async ({ page, context }) => {
    await signIn(page, 'admin');
    const cookie = (await context.cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe('Lax');
    expect(cookie!.expires - Date.now() / 1000).toBeLessThanOrEqual(8 * 3600 + 60);
  });
});
