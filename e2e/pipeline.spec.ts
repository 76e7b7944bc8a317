import { expect, test, type APIRequestContext } from '@playwright/test';
import { checkAnswer, type OpenApiDoc } from './openapi-check';
import { apiSignIn, signIn } from './helpers';
import { apiRouteMethods } from './routes';

/** Issue 15 / SPEC §12 through the running server: every route answers the methods it does not
 *  serve with 405 in the error shape and `Allow`; no method (TRACE, other verbs) causes a 5xx;
 *  an unknown path is a 404 in the error shape; writes from another origin, with a non-JSON or
 *  an oversized body are refused before anything runs. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function servedByRoute(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const rm of apiRouteMethods()) {
    const [method, route] = rm.split(' ');
    map.set(route, (map.get(route) ?? new Set()).add(method));
  }
  return map;
}
const concrete = (route: string) =>
  '/api/v1' +
  route.replace(/\{(\w+)\}/g, (_, p: string) => (/code/i.test(p) ? '15.71' : p === 'day' ? '2023-01-10' : '1'));

test('every route: 405 with Allow for each method it does not serve; TRACE and other verbs never 5xx', async ({
  request,
}) => {
  const routes = servedByRoute();
  expect(routes.size).toBeGreaterThanOrEqual(30);
  for (const [route, served] of routes) {
    const url = concrete(route);
    const allow = [...METHODS.slice(2, 6).filter((m) => served.has(m))];
    const expected = [
      ...(served.has('GET') ? ['GET'] : []),
      ...allow,
      ...(served.has('GET') ? ['HEAD'] : []),
      'OPTIONS',
    ].join(', ');
    for (const method of METHODS) {
      if (served.has(method) || (method === 'HEAD' && served.has('GET'))) continue;
      const res = await request.fetch(url, { method });
      if (method === 'OPTIONS') {
        expect(res.status(), `OPTIONS ${route}`).toBe(204);
        expect(res.headers()['allow'], `OPTIONS ${route}`).toBe(expected);
        continue;
      }
      expect(res.status(), `${method} ${route}`).toBe(405);
      expect(res.headers()['allow'], `${method} ${route}`).toBe(expected);
      if (method !== 'HEAD') expect((await res.json()).error.code, `${method} ${route}`).toBe('METHOD_NOT_ALLOWED');
    }
    for (const method of ['TRACE', 'PROPFIND', 'PURGE']) {
      const res = await request.fetch(url, { method });
      expect(res.status(), `${method} ${route}`).toBe(405);
      expect(res.headers()['allow'], `${method} ${route}`).toBe(expected);
    }
  }
  for (const path of ['/', '/login', '/stok']) {
    expect((await request.fetch(path, { method: 'TRACE' })).status(), `TRACE ${path}`).toBe(405);
  }
});

test('an unknown path under /api/v1 is 404 in the error shape, whatever the method', async ({ request }) => {
  for (const path of ['/api/v1/nope', '/api/v1/stock/15.71', '/api/v1/users/2/active/x']) {
    for (const method of ['GET', 'POST', 'DELETE', 'TRACE']) {
      const res = await request.fetch(path, { method, headers: { 'Accept-Language': 'en' } });
      expect(res.status(), `${method} ${path}`).toBe(404);
      expect(await res.json()).toEqual({
        error: { code: 'NOT_FOUND', message: 'This API address does not exist. See /api/v1/openapi.json.' },
      });
    }
  }
});

test('writes from another origin are 403, non-JSON bodies 415, bodies over 1 MB 413; nothing is written', async ({
  playwright,
  baseURL,
}) => {
  const api = await playwright.request.newContext({ baseURL });
  await apiSignIn(api, 'loket1.kotajambi');
  const queueNow = async () => {
    const body = await (await api.get('/api/v1/offices/1/queue')).json();
    return JSON.stringify({ ...body, serverTime: null });
  };
  const waitingBefore = await queueNow();
  const counterId = 1;
  const callNext = `/api/v1/counters/${counterId}/call-next`;
  // the CSRF of the review: a form on another site, a text/plain body, the victim's cookie
  for (const headers of [
    { Origin: 'https://evil.example', 'Content-Type': 'application/json' } as Record<string, string>,
    { 'Sec-Fetch-Site': 'cross-site' },
    { Origin: 'null' },
  ]) {
    const res = await api.post(callNext, { headers });
    expect(res.status(), JSON.stringify(headers)).toBe(403);
    expect((await res.json()).error.code).toBe('FORBIDDEN');
  }
  for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
    const res = await api.post(callNext, { headers: { 'Content-Type': type }, data: 'a=1' });
    expect(res.status(), type).toBe(415);
    expect((await res.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  }
  const big = await api.post('/api/v1/offices/1/tickets', {
    headers: { 'Content-Type': 'application/json' },
    data: JSON.stringify({ service: 'IKD', pad: 'x'.repeat(2 * 1024 * 1024) }),
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  expect(await queueNow()).toBe(waitingBefore);
  // our own origin passes the checks and reaches the domain rules (a wrong current password: 4xx
  // of its own, nothing changed)
  const own = await api.put('/api/v1/me/password', {
    headers: { Origin: new URL(baseURL!).origin, 'Sec-Fetch-Site': 'same-origin' },
    data: { currentPassword: 'not-the-password', newPassword: 'another-long-password-1' },
  });
  expect([400, 401, 403, 413, 415]).not.toContain(own.status());
  await api.dispose();
});

test('sign-out ends the session on the server: the copied cookie is refused afterwards', async ({
  playwright,
  baseURL,
}) => {
  const api = await playwright.request.newContext({ baseURL });
  await apiSignIn(api, 'operator.oki');
  const cookie = (await api.storageState()).cookies.find((c) => c.name.endsWith('next-auth.session-token'))!;
  const copied = { Cookie: `${cookie.name}=${cookie.value}` };
  const anon = await playwright.request.newContext({ baseURL });
  expect((await anon.get('/api/v1/regions?level=province', { headers: copied })).status()).toBe(200);
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  expect(
    (await api.post('/api/auth/signout', { form: { csrfToken, json: 'true' }, maxRedirects: 0 })).status(),
  ).toBeLessThan(400);
  const after = await anon.get('/api/v1/regions?level=province', { headers: copied });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe('UNAUTHENTICATED');
  await api.dispose();
  await anon.dispose();
});

test('sign-in: 5 failures for one username from one address answer 429 with Retry-After', async ({ request }) => {
  const username = `tidak.ada.${Date.now()}`;
  const attempt = async () => {
    const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
    return request.post('/api/auth/callback/credentials', {
      form: { username, password: 'salah', csrfToken, json: 'true' },
      maxRedirects: 0,
    });
  };
  for (let i = 0; i < 5; i++) expect((await attempt()).status()).not.toBe(429);
  const locked = await attempt();
  expect(locked.status()).toBe(429);
  const retryAfter = Number(locked.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThan(800);
  expect(retryAfter).toBeLessThanOrEqual(900);
  expect((await locked.json()).error.code).toBe('RATE_LIMITED');
});

test('pages carry a nonce CSP without inline scripts, and render with no CSP violation', async ({ page, request }) => {
  const a = (await request.get('/login')).headers()['content-security-policy'];
  const b = (await request.get('/login')).headers()['content-security-policy'];
  const script = (csp: string) => csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(script(a)).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(script(a)).not.toContain('unsafe-inline');
  expect(a).toContain("worker-src 'self'");
  expect(a).toContain("manifest-src 'self'");
  expect(script(a)).not.toBe(script(b)); // a fresh nonce per request

  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await signIn(page, 'kadis.jambi');
  for (const path of ['/', '/stok?province=15', '/ikd?province=15', '/antrean', '/laporan?scope=15']) {
    // 'load', not 'networkidle': the live screens hold an event stream open (SPEC §13)
    await page.goto(path, { waitUntil: 'load' });
    await expect(page.locator('body')).not.toBeEmpty();
  }
  // a chart drew (Recharts renders SVG only once its scripts ran)
  await page.goto('/?scope=15.71');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('every JSON answer matches the response schema /api/v1/openapi.json documents for it', async ({
  playwright,
  baseURL,
}) => {
  const anon = await playwright.request.newContext({ baseURL });
  const doc = (await (await anon.get('/api/v1/openapi.json')).json()) as OpenApiDoc;
  const admin = await playwright.request.newContext({ baseURL });
  await apiSignIn(admin, 'admin');
  const kadis = await playwright.request.newContext({ baseURL });
  await apiSignIn(kadis, 'kadis.jambi');
  const checks: [APIRequestContext, string, string, Record<string, unknown>?][] = [
    [anon, 'GET', '/api/v1/health'],
    [anon, 'GET', '/api/v1/openapi.json'],
    [anon, 'GET', '/api/v1/overview?scope=national'], // 401
    [admin, 'GET', '/api/v1/regions?level=province'],
    [admin, 'GET', '/api/v1/regions?level=regency&parent=15'],
    [admin, 'GET', '/api/v1/overview?scope=national'],
    [admin, 'GET', '/api/v1/overview?scope=15'],
    [admin, 'GET', '/api/v1/overview?scope=15.71&asOf=2023-04-03'],
    [admin, 'GET', '/api/v1/overview?scope=nope'], // 422
    [admin, 'GET', '/api/v1/stock?province=15'],
    [admin, 'GET', '/api/v1/stock/15.71/movements'],
    [admin, 'GET', '/api/v1/stock/15/movements?limit=5'],
    [admin, 'GET', '/api/v1/ikd?province=15'],
    [admin, 'GET', '/api/v1/ikd/15.71'],
    [admin, 'GET', '/api/v1/ikd/15.71/days/2023-01-10'],
    [admin, 'GET', '/api/v1/ikd/15.71/campaigns'],
    [admin, 'GET', '/api/v1/queue?scope=15'],
    [admin, 'GET', '/api/v1/offices?scope=15.71'],
    [admin, 'GET', '/api/v1/offices/1/queue'],
    [admin, 'GET', '/api/v1/users'],
    [admin, 'GET', '/api/v1/audit?limit=20'],
    [admin, 'GET', '/api/v1/reports/monthly?scope=15&month=2023-01'],
    [admin, 'GET', '/api/v1/items'],
    [admin, 'GET', '/api/v1/alerts?scope=15'],
    [admin, 'GET', '/api/v1/periods?scope=15&month=2023-01'],
    [admin, 'GET', '/api/v1/requisitions?scope=national'],
    [admin, 'GET', '/api/v1/requisitions/1'],
    [admin, 'GET', '/api/v1/requisitions/abc'], // 404 (a malformed id names no requisition)
    [admin, 'GET', '/api/v1/scorecard?scope=15&period=2023-01-H1'],
    [admin, 'GET', '/api/v1/offices/abc/queue'], // 404
    [admin, 'GET', '/api/v1/ikd/15.7x'], // 404
    [admin, 'GET', '/api/v1/ikd/15.71/days/2023-02-30'], // 422
    [admin, 'PUT', '/api/v1/periods/15.71/2023-13', { action: 'submit' }], // 422
    [anon, 'GET', '/api/v1/public/summary'],
    [anon, 'GET', '/api/v1/public/summary?province=15'],
    [anon, 'GET', '/api/v1/public/offices?regency=15.71'],
    [kadis, 'PUT', '/api/v1/alerts/seen'],
    [kadis, 'GET', '/api/v1/stock?province=16'], // 403
    [kadis, 'POST', '/api/v1/provinces/15/allocation-plans', { quantity: 1000 }],
    [kadis, 'POST', '/api/v1/provinces/15/allocation-plans', { quantity: -1 }], // 422
    [admin, 'DELETE', '/api/v1/stock'], // 405
    [admin, 'GET', '/api/v1/nope'], // 404
    [admin, 'POST', '/api/v1/offices/1/tickets', { service: 'IKD', pad: 'x'.repeat(1_100_000) }], // 413
  ];
  const problems: string[] = [];
  for (const [ctx, method, url, data] of checks) {
    const res = await ctx.fetch(url, { method, ...(data ? { data } : {}) });
    expect(res.headers()['content-type'], `${method} ${url}`).toContain('application/json');
    problems.push(...checkAnswer(doc, method, url, res.status(), await res.json()));
  }
  expect(problems).toEqual([]);
  // the check can fail: an answer without a documented field, or of another type
  expect(checkAnswer(doc, 'GET', '/api/v1/health', 200, { status: 'ok' })).toEqual(['GET /health 200 $.db: missing']);
  expect(checkAnswer(doc, 'GET', '/api/v1/regions', 200, { code: '15' }).length).toBe(1);
  for (const ctx of [anon, admin, kadis]) await ctx.dispose();
});
