import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const PASSWORD = 'pantau-demo';

/** Signs in through the login page, as a user would. */
export async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Signs in as `username` through the login page, then opens `path`. */
export async function openAs(page: Page, username: string, path: string) {
  await signIn(page, username);
  await page.goto(path);
}

/** Clicks the link named exactly `name` and waits until the address matches `url`. */
export async function follow(page: Page, name: string, url: RegExp) {
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(url);
}

/** A page in a browser context of its own (its own cookies: another person at another device),
 *  signed in as `username`. */
export async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

/** Signs an API client in through next-auth's credentials endpoint (SPEC §8). */
export async function apiSignIn(request: APIRequestContext, username: string, password = PASSWORD) {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  return request.post('/api/auth/callback/credentials', {
    form: { username, password, csrfToken, json: 'true' },
    maxRedirects: 0,
  });
}

/** The page's serious and critical accessibility violations (axe), as `rule: count of nodes`. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length}`);
}

export const fmtId = (n: number) => new Intl.NumberFormat('id-ID').format(n);
