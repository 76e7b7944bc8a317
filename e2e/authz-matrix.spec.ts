import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiSignIn } from './helpers';
import { apiRouteMethods } from './routes';
import { coreRows } from './matrix/core';
import { stockRows } from './matrix/stock';
import { ikdRows } from './matrix/ikd';
import { queueRows } from './matrix/queue';
import { importRows } from './matrix/imports';
import { requisitionRows } from './matrix/requisitions';
import { scorecardRows } from './matrix/scorecard';
import { periodRows } from './matrix/periods';
import { DEMO_USERS, type DemoUser, type MatrixRow } from './matrix/types';

/** Issue 8: every route under /api/v1 × every demo role (own and foreign scope) × signed out,
 *  with the expected outcome in one table (e2e/matrix/*.ts). */
const ROWS: MatrixRow[] = [
  ...coreRows,
  ...stockRows,
  ...ikdRows,
  ...queueRows,
  ...importRows,
  ...requisitionRows,
  ...scorecardRows,
  ...periodRows,
];
const PUBLIC = new Set(['GET /health', 'GET /openapi.json', 'GET /public/summary', 'GET /public/offices']);

/** Server actions and who may call them. There are none: the language switch is a plain GET to
 *  /bahasa, which sets the pantau_lang cookie only (e2e/auth.spec.ts switches language on the
 *  sign-in page). A new server action fails the test below until it has a row here. */
const SERVER_ACTIONS: Record<string, string> = {};

test('every server action has a row in the authorization matrix', () => {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(e.name) && /^\s*['"]use server['"]/m.test(fs.readFileSync(p, 'utf8'))) {
        found.push(path.relative(process.cwd(), p).split(path.sep).join('/'));
      }
    }
  };
  for (const dir of ['app', 'lib', 'components']) walk(path.join(process.cwd(), dir));
  expect(found.sort()).toEqual(Object.keys(SERVER_ACTIONS).sort());
});

test('every API route and method has a row in the authorization matrix', () => {
  const covered = new Set(ROWS.map((r) => `${r.method} ${r.route}`));
  const missing = apiRouteMethods().filter((rm) => !PUBLIC.has(rm) && !covered.has(rm));
  expect(missing).toEqual([]);
});

test('every row pins the status of each account it allows, and only of those', () => {
  const loose = ROWS.filter(
    (r) => typeof r.ok !== 'number' && Object.keys(r.ok).sort().join() !== [...r.allow].sort().join(),
  );
  expect(loose.map((r) => `${r.method} ${r.path} (${r.note})`)).toEqual([]);
});

/** The status `who` must get: 401 signed out, 403 outside the row's accounts, else the row's. */
function expected(row: MatrixRow, who: DemoUser | 'anon'): number {
  if (who === 'anon') return 401;
  if (!row.allow.includes(who)) return 403;
  return typeof row.ok === 'number' ? row.ok : (row.ok[who] ?? 0);
}

test.describe.serial('authorization matrix', () => {
  const sessions = new Map<string, APIRequestContext>();

  test.beforeAll(async ({ playwright, baseURL }) => {
    for (const user of DEMO_USERS) {
      const ctx = await playwright.request.newContext({ baseURL });
      const res = await apiSignIn(ctx, user);
      expect(res.status(), `sign-in ${user}`).toBeLessThan(400);
      sessions.set(user, ctx);
    }
    sessions.set('anon', await playwright.request.newContext({ baseURL }));
  });

  test.afterAll(async () => {
    for (const ctx of sessions.values()) await ctx.dispose();
  });

  test(`${ROWS.length} rows × ${DEMO_USERS.length} accounts + signed out`, async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const row of ROWS) {
      for (const who of [...DEMO_USERS, 'anon' as const]) {
        const ctx = sessions.get(who)!;
        const res = await ctx.fetch(`/api/v1${row.path}`, {
          method: row.method,
          data: row.body,
          headers: row.body === undefined ? undefined : { 'Content-Type': 'application/json' },
        });
        const status = res.status();
        checked++;
        const want = expected(row, who);
        if (status !== want)
          failures.push(`${row.method} ${row.path} as ${who}: got ${status}, want ${want} (${row.note})`);
      }
    }
    console.log(`authorization matrix: ${checked} requests checked`);
    expect(failures).toEqual([]);
  });
});
