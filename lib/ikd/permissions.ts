import type { PermissionTable } from '@/lib/auth/permissions';

/** The ikd domain's rows of the permission table (merged in lib/auth/permissions.ts).
 *  - `ikd.read`: figures, rankings, day grids and campaigns (an officer also sees its
 *    province's summary, never another regency's rows).
 *  - `ikd.write`: a regency's day counts, wajib KTP, baseline and campaigns (SPEC §2: the
 *    regency officer; the admin may change everything).
 *  - `ikd.target.write`: targets; `'national'` only reaches the admin ('all'), a head its
 *    province and that province's regencies ('own'). */
export type IkdAction = 'ikd.read' | 'ikd.write' | 'ikd.target.write';

export const IKD_PERMISSIONS: PermissionTable<IkdAction> = {
  ADMIN: { 'ikd.read': 'all', 'ikd.write': 'all', 'ikd.target.write': 'all' },
  PROVINCE_HEAD: { 'ikd.read': 'own', 'ikd.target.write': 'own' },
  REGENCY_OFFICER: { 'ikd.read': 'own+parent', 'ikd.write': 'own' },
  COUNTER_OPERATOR: {},
  KIOSK: {},
};
