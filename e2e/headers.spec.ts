import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { apiSignIn } from './helpers';

/** Issue 8: the security headers and cookie flags on every page (found from app/**\/page.tsx, so
 *  a new page is checked without editing this file) and on API answers. */
function pages(): string[] {
  const root = path.join(process.cwd(), 'app');
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'api' ? [] : walk(p);
      return e.name === 'page.tsx' ? ['/' + path.relative(root, dir).split(path.sep).join('/')] : [];
    });
  return walk(root)
    .map((p) => p.replace(/\/\([^)]+\)/g, '').replace(/\/$/, '') || '/')
    .map((p) => p.replace(/\[[^\]]+\]/g, '1'))
    .sort();
}

function expectSecurityHeaders(h: Record<string, string>, where: string) {
  const csp = h['content-security-policy'] ?? '';
  for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) {
    expect(csp, `${where}: CSP has ${d}`).toContain(d);
  }
  expect(h['x-content-type-options'], where).toBe('nosniff');
  expect(h['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(h['x-frame-options'], where).toBe('DENY');
  expect(h['x-powered-by'], where).toBeUndefined();
}

test('every page, signed in and signed out, carries the security headers', async ({ playwright, baseURL }) => {
  const list = pages();
  expect(list.length).toBeGreaterThanOrEqual(5);
  const anon = await playwright.request.newContext({ baseURL });
  const admin = await playwright.request.newContext({ baseURL });
  await apiSignIn(admin, 'admin');
  for (const p of list) {
    for (const [who, ctx] of [
      ['anon', anon],
      ['admin', admin],
    ] as const) {
      const res = await ctx.get(p, { maxRedirects: 0 });
      expect(res.status(), `${who} ${p}`).toBeLessThan(500);
      expectSecurityHeaders(res.headers(), `${who} ${p}`);
    }
  }
  for (const p of ['/api/v1/health', '/api/v1/overview?scope=national', '/api/v1/nope']) {
    expectSecurityHeaders((await admin.get(p)).headers(), p);
  }
  await anon.dispose();
  await admin.dispose();
});

test('session and CSRF cookies are HttpOnly and SameSite=Lax; the session lasts at most 8 hours', async ({
  playwright,
  baseURL,
}) => {
  const ctx = await playwright.request.newContext({ baseURL });
  await apiSignIn(ctx, 'kadis.jambi');
  const cookies = (await ctx.storageState()).cookies;
  const session = cookies.find((c) => c.name.endsWith('next-auth.session-token'));
  const csrf = cookies.find((c) => c.name.endsWith('next-auth.csrf-token'));
  for (const c of [session, csrf]) {
    expect(c?.httpOnly).toBe(true);
    expect(c?.sameSite).toBe('Lax');
  }
  expect(session!.expires - Date.now() / 1000).toBeLessThanOrEqual(8 * 3600 + 60);
  expect(session!.expires - Date.now() / 1000).toBeGreaterThan(7 * 3600);
  await ctx.dispose();
});
