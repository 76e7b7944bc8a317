import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { NOW, seedPublicFixture } from '@/tests/public-fixture';
import type { DbHandle } from '@/lib/db';
import { provinceTiles, publicOffices, publicSummary, publicSummaryAnswerOf } from './queries';
import { hitPublicLimit, PUBLIC_LIMIT_PER_MINUTE } from './ratelimit';
import { GET as summaryRoute } from '@/app/api/v1/public/summary/route';
import { GET as officesRoute } from '@/app/api/v1/public/offices/route';

/** Words that must never appear in a public answer: the ledger's reference and note, ticket
 *  numbers, and the names of personal or internal fields. */
const PRIVATE = ['SURAT-RAHASIA-77', 'Budi', 'X-001', 'reference', 'note', 'username', 'actor', 'displayName'];

const ctx = { params: Promise.resolve({}) };
const get = (path: string, address: string) =>
  new NextRequest(`http://pantau.test${path}`, { headers: { 'x-forwarded-for': address } });

describe.each(DB_KINDS)('public figures on %s', (kind) => {
  const h = useFreshDb(kind);
  let officeId: number;
  const g = globalThis as unknown as { __pantauDb?: Promise<DbHandle> };
  let saved: Promise<DbHandle> | undefined;
  beforeAll(async () => {
    ({ officeId } = await seedPublicFixture(h));
    saved = g.__pantauDb;
    g.__pantauDb = Promise.resolve(h); // the route handlers read the process-wide database
  });
  afterAll(() => {
    g.__pantauDb = saved;
  });

  it('gives every regency of Jambi its blangko status, days of cover, IKD against target and last update', async () => {
    const exact = await publicSummary(h, '15', NOW);
    // the page formats the exact share; the API answers it to two decimals
    expect(exact.regions.find((r) => r.code === '15.71')?.ikdPercent).toBe(3.125);
    const s = publicSummaryAnswerOf(exact);
    expect(s.asOf).toBe('2026-11-20');
    expect(s.regions).toHaveLength(11);
    const by = new Map(s.regions.map((r) => [r.code, r]));
    // 2,500 on hand, 1,500 printed in the last 30 days → 50 a day → 50 days
    expect(by.get('15.71')).toEqual({
      code: '15.71',
      name: 'Kota Jambi',
      stockStatus: 'OK',
      daysOfCover: 50,
      ikdPercent: 3.13, // 12,500 / 400,000
      ikdTarget: 30,
      lastUpdated: '2026-11-18',
    });
    expect(by.get('15.01')).toMatchObject({
      stockStatus: 'OK',
      daysOfCover: null,
      ikdPercent: 0,
      lastUpdated: '2026-10-01',
    });
    expect(by.get('15.05')).toMatchObject({ stockStatus: 'OUT', lastUpdated: '2026-10-20' });
    expect(by.get('15.02')).toMatchObject({ stockStatus: 'OUT', daysOfCover: null, lastUpdated: null });
  });

  it('sums a province from its regencies for the national list and the tile map', async () => {
    const s = publicSummaryAnswerOf(await publicSummary(h, undefined, NOW));
    expect(s.regions).toHaveLength(38);
    // Σ 4,500 on hand against Σ 22,000 minimum; 4,500 / 50 a day = 90 days
    expect(s.regions.find((r) => r.code === '15')).toEqual({
      code: '15',
      name: 'Jambi',
      stockStatus: 'BELOW_MINIMUM',
      daysOfCover: 90,
      ikdPercent: 3.13,
      ikdTarget: 30,
      lastUpdated: null, // eight regencies never reported
    });
    const tiles = await provinceTiles(h, NOW);
    expect(tiles).toHaveLength(38);
    // 9 of 11 regencies out of stock; 12,500 of 120,000 target persons; 10 not updated for 2 days
    expect(tiles.find((t) => t.code === '15')).toEqual({
      code: '15',
      name: 'Jambi',
      regencies: 11,
      belowMinimumShare: 81.8,
      ikdOfTarget: 10.4,
      overdue: 10,
    });
  });

  it("gives every office's people waiting and the estimated wait per service (SPEC §13)", async () => {
    const o = await publicOffices(h, '15.71', NOW);
    expect(o.offices).toEqual([
      {
        id: officeId,
        name: 'Disdukcapil Kota Jambi',
        waiting: 9,
        services: [
          // 4 waiting × 7 min (the average of 2…12) ÷ 2 open counters
          { service: 'IKD', waiting: 4, estimatedWaitMinutes: 14 },
          // fewer than 5 served: 3 × 5 min ÷ 1 counter
          { service: 'KTP_EL', waiting: 3, estimatedWaitMinutes: 15 },
          // no open counter serves KK
          { service: 'KK', waiting: 2, estimatedWaitMinutes: null },
        ],
      },
    ]);
  });

  it('answers without a session, cacheable for 60 s, with nothing personal', async () => {
    const a = await summaryRoute(get('/api/v1/public/summary?province=15', '10.1.0.1'), ctx);
    expect(a.status).toBe(200);
    expect(a.headers.get('cache-control')).toBe('public, max-age=60');
    const b = await officesRoute(get('/api/v1/public/offices?regency=15.71', '10.1.0.1'), ctx);
    expect(b.status).toBe(200);
    expect(b.headers.get('cache-control')).toBe('public, max-age=60');
    const body = JSON.stringify([await a.json(), await b.json()]);
    for (const word of PRIVATE) expect(body).not.toContain(word);
    expect(
      Object.keys((await (await summaryRoute(get('/api/v1/public/summary', '10.1.0.1'), ctx)).json()) as object),
    ).toEqual(['asOf', 'regions']);
    const bad = await officesRoute(get('/api/v1/public/offices?regency=15', '10.1.0.1'), ctx);
    expect(bad.status).toBe(422);
    const unknown = await summaryRoute(get('/api/v1/public/summary?province=99', '10.1.0.1'), ctx);
    expect(unknown.status).toBe(404);
  });

  it('refuses the 61st request of a minute from one address with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_LIMIT_PER_MINUTE + 1; i++) {
      statuses.push((await summaryRoute(get('/api/v1/public/summary?province=15', '10.2.0.7'), ctx)).status);
    }
    // the minute may turn during the loop: then the count starts again
    const last = await summaryRoute(get('/api/v1/public/summary', '10.2.0.7'), ctx);
    if (statuses.every((s) => s === 200) && last.status === 200) return; // a new minute began mid-loop
    expect(statuses.slice(0, PUBLIC_LIMIT_PER_MINUTE).every((s) => s === 200)).toBe(true);
    expect(statuses[PUBLIC_LIMIT_PER_MINUTE]).toBe(429);
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await last.json()).error.code).toBe('RATE_LIMITED');
    // another address is not held back
    expect((await summaryRoute(get('/api/v1/public/summary', '10.2.0.8'), ctx)).status).toBe(200);
  });

  it('counts per address and minute, and says how long to wait', async () => {
    const t0 = Date.parse('2026-11-20T05:00:10.000Z');
    for (let i = 1; i <= 60; i++) expect((await hitPublicLimit(h, '10.3.0.1', t0)).allowed).toBe(true);
    expect(await hitPublicLimit(h, '10.3.0.1', t0 + 5000)).toEqual({ allowed: false, retryAfter: 45, hits: 61 });
    expect((await hitPublicLimit(h, '10.3.0.2', t0)).allowed).toBe(true);
    expect(await hitPublicLimit(h, '10.3.0.1', t0 + 50_000)).toEqual({ allowed: true, retryAfter: 60, hits: 1 });
  });
  it('counts a reversal booked today against the 30 days of use, as /stock does', async () => {
    // 300 of the 1,500 printed on 6 Nov are reversed today: 1,200 in 30 days → 40 a day; 2,800 on hand
    await h.db
      .insertInto('stock_daily')
      .values({ location_code: '15.71', item: 'BLANGKO_KTP_EL', day: '2026-11-20', delta: 300, used: -300 })
      .execute();
    await h.db
      .updateTable('stock_balances')
      .set({ on_hand: 2800 })
      .where('location_code', '=', '15.71')
      .where('item', '=', 'BLANGKO_KTP_EL')
      .execute();
    const s = await publicSummary(h, '15', NOW);
    expect(s.regions.find((r) => r.code === '15.71')?.daysOfCover).toBe(70);
  });
});
