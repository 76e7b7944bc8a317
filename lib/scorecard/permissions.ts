import type { PermissionTable } from '@/lib/auth/permissions';

/** The scorecard's rows of the permission table (merged in lib/auth/permissions.ts).
 *  - `scorecard.national.read`: the ranking of the 38 provinces — every dashboard role, since a
 *    head and an officer want to see where their province stands (province sums only, which
 *    /publik shows to anyone anyway).
 *  - `scorecard.read`: a province's scorecard (an officer reads their own province's).
 *  - `scorecard.row.read`: a regency's row in it (an officer sees only their own regency's row,
 *    ranked among all of the province, as in the IKD ranking). */
export type ScorecardAction = 'scorecard.national.read' | 'scorecard.read' | 'scorecard.row.read';

export const SCORECARD_PERMISSIONS: PermissionTable<ScorecardAction> = {
  ADMIN: { 'scorecard.national.read': 'all', 'scorecard.read': 'all', 'scorecard.row.read': 'all' },
  PROVINCE_HEAD: { 'scorecard.national.read': 'all', 'scorecard.read': 'own', 'scorecard.row.read': 'own' },
  REGENCY_OFFICER: {
    'scorecard.national.read': 'all',
    'scorecard.read': 'own+parent',
    'scorecard.row.read': 'own',
  },
  COUNTER_OPERATOR: {},
  KIOSK: {},
};
