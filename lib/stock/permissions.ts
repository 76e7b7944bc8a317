import type { PermissionTable } from '@/lib/auth/permissions';

/** The stock domain's rows of the permission table (merged in lib/auth/permissions.ts). */
export type StockAction = never;

export const STOCK_PERMISSIONS: PermissionTable<StockAction> = {
  ADMIN: {},
  PROVINCE_HEAD: {},
  REGENCY_OFFICER: {},
  COUNTER_OPERATOR: {},
  KIOSK: {},
};
