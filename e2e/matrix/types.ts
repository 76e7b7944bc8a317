/** One row of the authorization matrix (issue 8): a request, the demo accounts that may make it
 *  and the exact status each of them gets. Every other demo account must get 403, and a signed-out
 *  caller 401. Rows run in order against the one demo database the later specs use, so a write
 *  sends a body that is refused (422, or 409 for a transition the state refuses) or names what
 *  does not exist (404, said in the note): an allowed write proves its authorization without
 *  changing the demo data. */
export interface MatrixRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Concrete path under /api/v1, e.g. `/stock/15.71/movements`. */
  path: string;
  /** The route pattern as in openapi.json, e.g. `/stock/{code}/movements`. */
  route: string;
  body?: unknown;
  allow: DemoUser[];
  /** The status of an allowed account's answer: one for all of them, or one per account in
   *  `allow` when they differ. */
  ok: number | Partial<Record<DemoUser, number>>;
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
