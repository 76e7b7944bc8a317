import type { PermissionTable } from '@/lib/auth/permissions';

/** The queue domain's rows of the permission table (merged in lib/auth/permissions.ts). */
export type QueueAction = never;

export const QUEUE_PERMISSIONS: PermissionTable<QueueAction> = {
  ADMIN: {},
  PROVINCE_HEAD: {},
  REGENCY_OFFICER: {},
  COUNTER_OPERATOR: {},
  KIOSK: {},
};
