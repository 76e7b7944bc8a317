/** SPEC §2: who may do what, where. The one permission table of Pantau; every read and write in
 *  lib/ asks `can()` (or `assertCan()`) before touching data. */

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
type Reach =
  | 'all' // anywhere
  | 'own' // the actor's scope and everything inside it
  | 'own+parent' // as 'own', plus the summary of the province that contains it
  | 'office'; // only the actor's own office

export type Action = 'overview.read' | 'regions.read' | 'office.queue.read';

export const PERMISSIONS: Record<Role, Partial<Record<Action, Reach>>> = {
  ADMIN: { 'overview.read': 'all', 'regions.read': 'all', 'office.queue.read': 'all' },
  PROVINCE_HEAD: { 'overview.read': 'own', 'regions.read': 'all', 'office.queue.read': 'own' },
  REGENCY_OFFICER: { 'overview.read': 'own+parent', 'regions.read': 'all', 'office.queue.read': 'own' },
  COUNTER_OPERATOR: { 'regions.read': 'all', 'office.queue.read': 'office' },
  KIOSK: { 'regions.read': 'all', 'office.queue.read': 'office' },
};

/** A target of an action: `national`, a region code, or an office (with its regency). */
export type Target = string | { officeId: number; regencyCode: string };

function within(scope: string, code: string): boolean {
  return code === scope || code.startsWith(scope + '.');
}

export function can(actor: Actor, action: Action, target: Target): boolean {
  const reach = PERMISSIONS[actor.role]?.[action];
  if (!reach) return false;
  if (reach === 'all') return true;
  const scope = actor.scopeCode;
  if (!scope) return false;
  if (reach === 'office') return typeof target === 'object' && target.officeId === actor.officeId;
  const code = typeof target === 'object' ? target.regencyCode : target;
  if (code === 'national') return false;
  if (within(scope, code)) return true;
  return reach === 'own+parent' && code === scope.split('.')[0];
}

/** The scope an actor lands on after signing in. */
export function homeScope(actor: Actor): string {
  if (actor.role === 'ADMIN') return 'national';
  return actor.scopeCode ?? 'national';
}
