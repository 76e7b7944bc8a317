import type { Actor, Role } from './permissions';

/** Where each role starts and which province a page opens on: one rule for every page (pure, so
 *  it is tested without a browser). */

/** The roles that use the dashboard pages (overview, stock, IKD, queues, reports, offices). */
export const DASHBOARD_ROLES: readonly Role[] = ['ADMIN', 'PROVINCE_HEAD', 'REGENCY_OFFICER'];
/** Pages of province heads and the national administrator. */
export const HEAD_ROLES: readonly Role[] = ['ADMIN', 'PROVINCE_HEAD'];

/** The province a national administrator's province pages open on (the demo's province). */
export const ADMIN_DEFAULT_PROVINCE = '15';

type Who = Pick<Actor, 'role' | 'scopeCode'>;

/** The page a role lands on after signing in, or when it opens a page that is not for it. */
export function landingPath(actor: Who): string {
  if (actor.role === 'COUNTER_OPERATOR') return '/loket';
  if (actor.role === 'KIOSK') return '/kios';
  return `/overview?scope=${homeScope(actor)}`;
}

/** The scope an actor's overview opens on: the nation for an administrator, else its own scope. */
export function homeScope(actor: Who): string {
  if (actor.role === 'ADMIN') return 'national';
  return actor.scopeCode ?? 'national';
}

/** The province a province-level page (stock, allocation, rebalancing, report) opens on: the
 *  actor's own province, or the demo province for a national administrator. */
export function defaultProvince(actor: Who): string {
  return actor.scopeCode ? actor.scopeCode.slice(0, 2) : ADMIN_DEFAULT_PROVINCE;
}

/** The region a page that shows a province or one regency opens on: an officer's own regency, a
 *  head's province, the demo province for an administrator. */
export function defaultRegion(actor: Who): string {
  if (actor.role === 'PROVINCE_HEAD' || !actor.scopeCode) return defaultProvince(actor);
  return actor.scopeCode.slice(0, 5);
}
