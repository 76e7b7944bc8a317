/** Month close (SPEC §14): the states of a regency's month and the transitions between them.
 *  Pure functions: no database. */
import type { Lang } from '@/lib/i18n/dict';
export const PERIOD_STATES = ['OPEN', 'SUBMITTED', 'APPROVED'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];
export const PERIOD_ACTIONS = ['submit', 'approve', 'reopen'] as const;
export type PeriodAction = (typeof PERIOD_ACTIONS)[number];

const NEXT: Record<PeriodAction, { from: readonly PeriodState[]; to: PeriodState }> = {
  submit: { from: ['OPEN'], to: 'SUBMITTED' },
  approve: { from: ['SUBMITTED'], to: 'APPROVED' },
  reopen: { from: ['SUBMITTED', 'APPROVED'], to: 'OPEN' },
};

/** The state after `action` from `state`, or null when the transition is not allowed. */
export function nextState(state: PeriodState, action: PeriodAction): PeriodState | null {
  const t = NEXT[action];
  return t.from.includes(state) ? t.to : null;
}

/** A month whose writes are refused. */
export function isLocked(state: PeriodState): boolean {
  return state !== 'OPEN';
}

/** Last day of `YYYY-MM`. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

/** A month may be submitted once its last day has passed in the regency's local date. */
export function monthEnded(month: string, today: string): boolean {
  return lastDayOf(month) < today;
}

/** The month before the one holding `today`. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** "Oktober 2026" / "October 2026". */
export function monthName(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

export const STATE_LABEL: Record<PeriodState, { id: string; en: string }> = {
  OPEN: { id: 'Terbuka', en: 'Open' },
  SUBMITTED: { id: 'Diajukan', en: 'Submitted' },
  APPROVED: { id: 'Disetujui', en: 'Approved' },
};
