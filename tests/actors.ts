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
