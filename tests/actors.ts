import type { Actor } from '@/lib/auth/permissions';

/** The signed-in users of the lib tests, one per person of the demo (SPEC §9) plus the officer of
 *  Batanghari. The ids are the tests' own and all differ: nothing reads a users row for them, but
 *  what is kept per user (alerts seen, idempotency keys) must not mix two people. */

/** The national administrator. */
export const ADMIN: Actor = {
  id: 1,
  username: 'admin',
  displayName: 'Admin',
  role: 'ADMIN',
  scopeCode: null,
  officeId: null,
  counterId: null,
  mustChangePassword: false,
};

/** The head of Jambi province (15). */
export const KADIS_JAMBI: Actor = { ...ADMIN, id: 2, username: 'kadis.jambi', role: 'PROVINCE_HEAD', scopeCode: '15' };
/** The head of Sumatera Selatan province (16). */
export const KADIS_SUMSEL: Actor = {
  ...ADMIN,
  id: 3,
  username: 'kadis.sumsel',
  role: 'PROVINCE_HEAD',
  scopeCode: '16',
};
/** The officer of Kota Jambi (15.71). */
export const OP_KOTA_JAMBI: Actor = {
  ...ADMIN,
  id: 4,
  username: 'operator.kotajambi',
  role: 'REGENCY_OFFICER',
  scopeCode: '15.71',
};
/** The officer of Kota Palembang (16.71). */
export const OP_PALEMBANG: Actor = {
  ...ADMIN,
  id: 5,
  username: 'operator.palembang',
  role: 'REGENCY_OFFICER',
  scopeCode: '16.71',
};
/** The kiosk of the Kota Jambi office (office 1: the first office a test creates). */
export const KIOSK_KOTA_JAMBI: Actor = {
  ...ADMIN,
  id: 6,
  username: 'kiosk.kotajambi',
  role: 'KIOSK',
  scopeCode: '15.71',
  officeId: 1,
};
/** The officer of Batanghari (15.04), a second regency of Jambi. */
export const OP_BATANGHARI: Actor = {
  ...ADMIN,
  id: 7,
  username: 'operator.batanghari',
  role: 'REGENCY_OFFICER',
  scopeCode: '15.04',
};
/** The officer of Ogan Komering Ilir (16.02). */
export const OP_OKI: Actor = { ...ADMIN, id: 8, username: 'operator.oki', role: 'REGENCY_OFFICER', scopeCode: '16.02' };
/** The operator of Loket 1 (counter 1) of the Kota Jambi office (office 1). */
export const LOKET_KOTA_JAMBI: Actor = {
  ...ADMIN,
  id: 9,
  username: 'loket1.kotajambi',
  role: 'COUNTER_OPERATOR',
  scopeCode: '15.71',
  officeId: 1,
  counterId: 1,
};

/** One of the people above with what a test changes: the office and counter ids it created, or a
 *  second operator of the same office (`actor(LOKET_KOTA_JAMBI, { id: 12, username: 'loket2', … })`). */
export function actor(base: Actor, overrides: Partial<Actor>): Actor {
  return { ...base, ...overrides };
}
