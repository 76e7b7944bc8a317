/** Alert kinds, severities and order (SPEC §14). Pure. */
export const ALERT_KINDS = [
  'STOCK_OUT',
  'OFFICE_OVERLOADED',
  'BELOW_MINIMUM',
  'STOCKOUT_SOON',
  'ANOMALY',
  'OVERDUE',
  'IKD_BEHIND',
  'PERIOD_TO_APPROVE',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY: Record<AlertKind, Severity> = {
  STOCK_OUT: 'critical',
  OFFICE_OVERLOADED: 'critical',
  BELOW_MINIMUM: 'warning',
  STOCKOUT_SOON: 'warning',
  ANOMALY: 'warning',
  OVERDUE: 'warning',
  IKD_BEHIND: 'info',
  PERIOD_TO_APPROVE: 'info',
};

/** Projected stock-out within this many days raises STOCKOUT_SOON. */
export const SOON_DAYS = 14;

/** Worst first: severity, then the kind's order above, then the oldest condition, then code. */
export function compareAlerts(
  a: { kind: AlertKind; since: string | null; regencyCode: string; id: string },
  b: { kind: AlertKind; since: string | null; regencyCode: string; id: string },
): number {
  return (
    SEVERITIES.indexOf(SEVERITY[a.kind]) - SEVERITIES.indexOf(SEVERITY[b.kind]) ||
    ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind) ||
    (a.since ?? '').localeCompare(b.since ?? '') ||
    a.regencyCode.localeCompare(b.regencyCode) ||
    a.id.localeCompare(b.id)
  );
}

/** The first day of the run of days, ending today, on which `holds(balance)` was true.
 *  `onHand`: the balance now; `days`: the location's (day, delta) rows, newest first. Returns
 *  null when it does not hold now; the oldest day given when it held through all of them. */
export function conditionSince(
  onHand: number,
  days: readonly { day: string; delta: number }[],
  holds: (balance: number) => boolean,
): string | null {
  if (!holds(onHand)) return null;
  let balance = onHand;
  let since: string | null = null;
  for (const d of days) {
    if (!holds(balance)) break;
    since = d.day;
    balance -= d.delta;
  }
  return since;
}
