/** One row of the authorization matrix (issue 8): a request and the demo accounts that may make
 *  it. Every other demo account must get 403, and a signed-out caller 401. "Allowed" means the
 *  answer is neither 401 nor 403 nor 5xx: send a body that fails validation (e.g. `{}`) where
 *  you can, so an allowed write proves its authorization without changing the demo data. */
export interface MatrixRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Concrete path under /api/v1, e.g. `/stock/15.71/movements`. */
  path: string;
  /** The route pattern as in openapi.json, e.g. `/stock/{code}/movements`. */
  route: string;
  body?: unknown;
  allow: DemoUser[];
  /** Why this row exists, shown in the test name. */
  note: string;
}

export const DEMO_USERS = [
  'admin',
  'kadis.jambi',
  'kadis.sumsel',
  'operator.kotajambi',
  'operator.oki',
  'operator.palembang',
  'loket1.kotajambi',
  'kiosk.kotajambi',
] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

export const EVERYONE: DemoUser[] = [...DEMO_USERS];
