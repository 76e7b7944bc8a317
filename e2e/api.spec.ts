import { expect, test } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { apiSignIn } from './helpers';

test.describe('API v1', () => {
  test('health answers without a session', async ({ request }) => {
    const res = await request.get('/api/v1/health');
    expect(res.status()).toBe(200);
    expect((await res.json()).status).toBe('ok');
  });

  test('signed out is 401 with the error shape, in Indonesian or English', async ({ request }) => {
    for (const path of ['/api/v1/overview?scope=national', '/api/v1/regions']) {
      const res = await request.get(path);
      expect(res.status()).toBe(401);
      expect(await res.json()).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' },
      });
    }
    const en = await request.get('/api/v1/overview', { headers: { 'Accept-Language': 'en' } });
    expect((await en.json()).error.message).toBe('Please sign in first.');
  });

  test('x-middleware-subrequest and a forged session cookie gain nothing', async ({ request }) => {
    const sub = await request.get('/api/v1/overview?scope=national', {
      headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    });
    expect(sub.status()).toBe(401);
    const forged = await request.get('/api/v1/overview?scope=national', {
      headers: { Cookie: 'next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged' },
    });
    expect(forged.status()).toBe(401);
  });

  test('an expired session token is refused; the same token still valid is accepted', async ({ request }) => {
    // The secret of playwright.config.ts; the admin is user 1 of the demo.
    const secret = 'pantau-e2e-secret-not-for-production';
    const claims = { uid: 1, name: 'admin', role: 'ADMIN', scopeCode: null, signedInAt: Date.now(), sid: 'e2e-api' };
    const expired = await encode({ token: claims, secret, maxAge: -60 });
    const valid = await encode({ token: claims, secret, maxAge: 600 });
    const as = (token: string) =>
      request.get('/api/v1/overview?scope=national', { headers: { Cookie: `next-auth.session-token=${token}` } });
    expect((await as(expired)).status()).toBe(401);
    expect((await as(valid)).status()).toBe(200);
    // SPEC §12: renewed or not, a session signed in more than 8 hours ago is refused; so is a
    // token without a session id (sign-out could not end it)
    const old = { ...claims, signedInAt: Date.now() - 8 * 3600_000 - 60_000 };
    expect((await as(await encode({ token: old, secret, maxAge: 600 }))).status()).toBe(401);
    const noSid = { ...claims, sid: undefined };
    expect((await as(await encode({ token: noSid, secret, maxAge: 600 }))).status()).toBe(401);
  });

  test('regions: 38 provinces, 514 regencies, 7,277 kecamatan with time zones', async ({ request }) => {
    await apiSignIn(request, 'admin');
    const provinces = await (await request.get('/api/v1/regions?level=province')).json();
    expect(provinces).toHaveLength(38);
    expect(provinces.find((p: { code: string }) => p.code === '15')).toEqual({
      code: '15',
      name: 'Jambi',
      level: 'province',
      parentCode: null,
      timeZone: 'Asia/Jakarta',
    });
    const regencies = await (await request.get('/api/v1/regions?level=regency')).json();
    expect(regencies).toHaveLength(514);
    expect(regencies.find((r: { code: string }) => r.code === '16.02').name).toBe('Kabupaten Ogan Komering Ilir');
    expect(regencies.find((r: { code: string }) => r.code === '73.71').timeZone).toBe('Asia/Makassar');
    expect(regencies.find((r: { code: string }) => r.code === '94.01').timeZone).toBe('Asia/Jayapura');
    const districts = await (await request.get('/api/v1/regions?level=district')).json();
    expect(districts).toHaveLength(7277);
    const jambi = await (await request.get('/api/v1/regions?level=regency&parent=15')).json();
    expect(jambi.map((r: { code: string }) => r.code)).toContain('15.71');
    expect(jambi).toHaveLength(11);
    const bad = await request.get('/api/v1/regions?level=village');
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.fields.level).toBeTruthy();
  });

  test('a head gets 403 outside the province, and bad parameters are 422', async ({ request }) => {
    await apiSignIn(request, 'kadis.jambi');
    expect((await request.get('/api/v1/overview?scope=15')).status()).toBe(200);
    expect((await request.get('/api/v1/overview?scope=15.71')).status()).toBe(200);
    const foreign = await request.get('/api/v1/overview?scope=16');
    expect(foreign.status()).toBe(403);
    expect((await foreign.json()).error.code).toBe('FORBIDDEN');
    expect((await request.get('/api/v1/overview?scope=national')).status()).toBe(403);
    const bad = await request.get('/api/v1/overview?scope=15&asOf=2023-02-30');
    expect(bad.status()).toBe(422);
    expect(await bad.json()).toEqual({
      error: {
        code: 'VALIDATION',
        message: 'Data tidak valid. Periksa isian yang ditandai.',
        fields: { asOf: 'Tanggal harus berformat YYYY-MM-DD.' },
      },
    });
    expect((await request.get('/api/v1/overview?scope=../../etc')).status()).toBe(422);
  });

  test('security headers on pages and API answers', async ({ request }) => {
    for (const path of ['/login', '/api/v1/health', '/api/v1/overview']) {
      const res = await request.get(path);
      const h = res.headers();
      expect(h['content-security-policy']).toContain("object-src 'none'");
      expect(h['content-security-policy']).toContain("base-uri 'none'");
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });
});

test.describe('seed facts through the API (seed-facts.md)', () => {
  test.beforeEach(async ({ request }) => {
    await apiSignIn(request, 'admin');
  });

  test('OKI: 532,012 wajib KTP and more than 10,000 on IKD on 12 Dec 2022', async ({ request }) => {
    const o = await (await request.get('/api/v1/overview?scope=16.02&asOf=2022-12-12')).json();
    expect(o.ikd.wajibKtp).toBe(532_012);
    expect(o.ikd.activations).toBeGreaterThan(10_000);
    expect(o.ikd.activations).toBeLessThan(11_000);
  });

  test('Kota Palembang: 21,286 on IKD on 3 Apr 2023', async ({ request }) => {
    const o = await (await request.get('/api/v1/overview?scope=16.71&asOf=2023-04-03')).json();
    expect(o.ikd.activations).toBe(21_286);
  });

  test('Sukoharjo: more than 9,000 on IKD on 27 Feb 2023', async ({ request }) => {
    const o = await (await request.get('/api/v1/overview?scope=33.11&asOf=2023-02-27')).json();
    expect(o.scope.name).toBe('Kabupaten Sukoharjo');
    expect(o.ikd.activations).toBeGreaterThan(9_000);
    expect(o.ikd.activations).toBeLessThan(10_000);
  });

  test('the nation: about 590,000 IKD on 30 Dec 2022, 514 regencies, 2023 target 25 % ≈ 50 million', async ({
    request,
  }) => {
    const o = await (await request.get('/api/v1/overview?scope=national&asOf=2022-12-30')).json();
    expect(o.ikd.activations).toBe(590_000);
    expect(o.stock.regencies).toBe(514);
    const y2023 = await (await request.get('/api/v1/overview?scope=national&asOf=2023-06-30')).json();
    expect(y2023.ikd.targetPercent).toBeCloseTo(25, 3);
    expect(y2023.ikd.targetPersons).toBeGreaterThan(48_000_000);
    expect(y2023.ikd.targetPersons).toBeLessThan(52_000_000);
  });

  test('Jambi: 20,000 blanks arrive on 5 Jan 2023 and are passed on at once', async ({ request }) => {
    const before = await (await request.get('/api/v1/overview?scope=15&asOf=2023-01-04')).json();
    const after = await (await request.get('/api/v1/overview?scope=15&asOf=2023-01-05')).json();
    expect(after.stock.warehouseOnHand).toBe(before.stock.warehouseOnHand);
    // Printing resumes that day, so the regencies gain the 20,000 less what they printed.
    expect(after.stock.onHand - before.stock.onHand).toBeGreaterThan(18_000);
    expect(after.stock.onHand - before.stock.onHand).toBeLessThanOrEqual(20_000);
    expect(before.stock.belowMinimum).toBe(11);
    expect(after.stock.belowMinimum).toBeLessThan(11);
  });
});
