import type { PermissionTable } from '@/lib/auth/permissions';

/** The requisitions' rows of the permission table (merged in lib/auth/permissions.ts), SPEC §17:
 *  - `requisition.read`: a province's requisitions (the ministry reads every one, a head their
 *    province's, an officer their own province's);
 *  - `requisition.write`: draft, edit, submit and cancel them (the province's head only: the
 *    ministry receives requisitions, it does not write them). */
export type RequisitionAction = 'requisition.read' | 'requisition.write';

export const REQUISITION_PERMISSIONS: PermissionTable<RequisitionAction> = {
  ADMIN: { 'requisition.read': 'all' },
  PROVINCE_HEAD: { 'requisition.read': 'own', 'requisition.write': 'own' },
  REGENCY_OFFICER: { 'requisition.read': 'own+parent' },
  COUNTER_OPERATOR: {},
  KIOSK: {},
};
