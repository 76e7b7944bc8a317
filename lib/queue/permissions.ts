import type { PermissionTable } from '@/lib/auth/permissions';

/** The queue domain's rows of the permission table (merged in lib/auth/permissions.ts).
 *  - `queue.read`: the supervisor figures of SPEC §6 for a region (GET /queue, GET /offices).
 *  - `offices.manage`: create and edit offices and counters (officers: their regency).
 *  - `tickets.issue`: take a number in an office (a kiosk: only its own office).
 *  - `tickets.serve`: call next, done, no-show, recall, transfer (an operator: only their counter). */
export type QueueAction = 'queue.read' | 'offices.manage' | 'tickets.issue' | 'tickets.serve';

export const QUEUE_PERMISSIONS: PermissionTable<QueueAction> = {
  ADMIN: { 'queue.read': 'all', 'offices.manage': 'all', 'tickets.issue': 'all', 'tickets.serve': 'all' },
  PROVINCE_HEAD: { 'queue.read': 'own' },
  REGENCY_OFFICER: { 'queue.read': 'own', 'offices.manage': 'own' },
  COUNTER_OPERATOR: { 'tickets.serve': 'counter' },
  KIOSK: { 'tickets.issue': 'office' },
};
