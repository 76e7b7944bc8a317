/** SPEC §2: who may do what, where. The one permission table of Pantau, assembled from the
 *  core actions below and each domain's own table (lib/stock, lib/ikd, lib/queue); every read
 *  and write in lib/ asks `can()` (or `assertCan()`) before touching data. */
import { errors } from '@/lib/api/errors';
import { STOCK_PERMISSIONS, type StockAction } from '@/lib/stock/permissions';
import { IKD_PERMISSIONS, type IkdAction } from '@/lib/ikd/permissions';
import { QUEUE_PERMISSIONS, type QueueAction } from '@/lib/queue/permissions';
import { REQUISITION_PERMISSIONS, type RequisitionAction } from '@/lib/requisitions/permissions';
import { SCORECARD_PERMISSIONS, type ScorecardAction } from '@/lib/scorecard/permissions';
import { PERIOD_PERMISSIONS, type PeriodAction } from '@/lib/periods/permissions';

export const ROLES = ['ADMIN', 'PROVINCE_HEAD', 'REGENCY_OFFICER', 'COUNTER_OPERATOR', 'KIOSK'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** null for ADMIN; province code for heads; regency code for officers, operators and kiosks. */
  scopeCode: string | null;
  officeId: number | null;
  counterId: number | null;
  mustChangePassword: boolean;
}

/** How far a permission reaches from the actor's own scope. */
export type Reach =
  | 'all' // anywhere
  | 'own' // the actor's scope and everything inside it
  | 'own+parent' // as 'own', plus the summary of the province that contains it
  | 'office' // only the actor's own office
  | 'counter'; // only the actor's own counter

export type PermissionTable<A extends string> = Record<Role, Partial<Record<A, Reach>>>;

type CoreAction = 'overview.read' | 'regions.read' | 'office.queue.read' | 'users.manage' | 'audit.read';
export type Action =
  | CoreAction
  | StockAction
  | IkdAction
  | QueueAction
  | RequisitionAction
  | ScorecardAction
  | PeriodAction;

const CORE_PERMISSIONS: PermissionTable<CoreAction> = {
  ADMIN: {
    'overview.read': 'all',
    'regions.read': 'all',
    'office.queue.read': 'all',
    'users.manage': 'all',
    'audit.read': 'all',
  },
  PROVINCE_HEAD: {
    'overview.read': 'own',
    'regions.read': 'all',
    'office.queue.read': 'own',
    'users.manage': 'own',
    'audit.read': 'own',
  },
  REGENCY_OFFICER: { 'overview.read': 'own+parent', 'regions.read': 'all', 'office.queue.read': 'own' },
  COUNTER_OPERATOR: { 'regions.read': 'all', 'office.queue.read': 'office' },
  KIOSK: { 'regions.read': 'all', 'office.queue.read': 'office' },
};

export const PERMISSIONS = Object.fromEntries(
  ROLES.map((role) => [
    role,
    {
      ...CORE_PERMISSIONS[role],
      ...STOCK_PERMISSIONS[role],
      ...IKD_PERMISSIONS[role],
      ...QUEUE_PERMISSIONS[role],
      ...REQUISITION_PERMISSIONS[role],
      ...SCORECARD_PERMISSIONS[role],
      ...PERIOD_PERMISSIONS[role],
    },
  ]),
) as PermissionTable<Action>;

/** A target of an action: `national`, a region code, or an office/counter (with its regency). */
export type Target = string | { officeId: number; regencyCode: string; counterId?: number };

/** `code` is the region `scope` itself or lies inside it (15.71 is within 15). */
export function within(scope: string, code: string): boolean {
  return code === scope || code.startsWith(scope + '.');
}

export function can(actor: Actor, action: Action, target: Target): boolean {
  const reach = PERMISSIONS[actor.role]?.[action];
  if (!reach) return false;
  if (reach === 'all') return true;
  const scope = actor.scopeCode;
  if (!scope) return false;
  if (reach === 'office') return typeof target === 'object' && target.officeId === actor.officeId;
  if (reach === 'counter')
    return typeof target === 'object' && target.counterId !== undefined && target.counterId === actor.counterId;
  const code = typeof target === 'object' ? target.regencyCode : target;
  if (code === 'national') return false;
  if (within(scope, code)) return true;
  return reach === 'own+parent' && code === scope.split('.')[0];
}

/** Throws the 403 of SPEC §8 unless `can()` allows the action. */
export function assertCan(actor: Actor, action: Action, target: Target): void {
  if (!can(actor, action, target)) throw errors.forbidden();
}

/** The scope an actor lands on after signing in (one rule: lib/auth/landing.ts). */
export { homeScope } from './landing';
