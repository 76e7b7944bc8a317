import type { Actor } from '@/lib/auth/permissions';

/** The national administrator as the lib functions see a signed-in user; tests derive the other
 *  roles from it (`{ ...ADMIN, id, username, role, scopeCode }`). The ids are the test's own:
 *  nothing reads a users row for them. */
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

/** The head of Jambi province (15), as most tests name them. */
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
