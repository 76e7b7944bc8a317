import type { PermissionTable } from '@/lib/auth/permissions';

/** The month close, alerts and anomaly rows of the permission table (SPEC §14), merged in
 *  lib/auth/permissions.ts.
 *  - `period.read`: the months' states of a scope; `period.submit`: the regency's officer;
 *    `period.approve` (approve and reopen): the head of its province or the admin.
 *  - `alerts.read`: the alerts of one's own scope.
 *  - `anomaly.check`: heads (and the admin) mark a flagged entry checked. */
export type PeriodAction = 'period.read' | 'period.submit' | 'period.approve' | 'alerts.read' | 'anomaly.check';

export const PERIOD_PERMISSIONS: PermissionTable<PeriodAction> = {
  ADMIN: { 'period.read': 'all', 'period.approve': 'all', 'alerts.read': 'all', 'anomaly.check': 'all' },
  PROVINCE_HEAD: { 'period.read': 'own', 'period.approve': 'own', 'alerts.read': 'own', 'anomaly.check': 'own' },
  REGENCY_OFFICER: { 'period.read': 'own', 'period.submit': 'own', 'alerts.read': 'own' },
  COUNTER_OPERATOR: {},
  KIOSK: {},
};
