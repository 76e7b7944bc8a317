import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = 'pantau-demo';

/** Signs in through the login page, as a user would. */
export async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Signs an API client in through next-auth's credentials endpoint (SPEC §8). */
export async function apiSignIn(request: APIRequestContext, username: string, password = PASSWORD) {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  return request.post('/api/auth/callback/credentials', {
    form: { username, password, csrfToken, json: 'true' },
    maxRedirects: 0,
  });
}

export const fmtId = (n: number) => new Intl.NumberFormat('id-ID').format(n);
