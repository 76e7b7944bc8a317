import type { PermissionTable } from '@/lib/auth/permissions';

/** The ikd domain's rows of the permission table (merged in lib/auth/permissions.ts). */
export type IkdAction = never;

export const IKD_PERMISSIONS: PermissionTable<IkdAction> = {
  ADMIN: {},
  PROVINCE_HEAD: {},
  REGENCY_OFFICER: {},
  COUNTER_OPERATOR: {},
  KIOSK: {},
};
