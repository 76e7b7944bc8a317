/** The estimated wait of SPEC §13, a pure rule: people waiting ahead × the average service time
 *  of the service's last 20 finished tickets today (5 minutes when fewer than 5 of them) ÷ the
 *  open counters serving it, rounded up to whole minutes. No open counter: no estimate (null). */
export const DEFAULT_SERVICE_MINUTES = 5;
export const WAIT_SAMPLES = 20;
export const MIN_WAIT_SAMPLES = 5;

export function estimatedWaitMinutes(
  peopleAhead: number,
  lastServiceMinutes: number[] /* up to the last 20 finished today */,
  openCounters: number,
): number | null {
  if (!(openCounters > 0)) return null;
  const samples = lastServiceMinutes.slice(-WAIT_SAMPLES);
  const perPerson =
    samples.length < MIN_WAIT_SAMPLES
      ? DEFAULT_SERVICE_MINUTES
      : samples.reduce((a, b) => a + b, 0) / samples.length;
  // a float product like 3 × 1.1 / 1 = 3.3000000000000003 must not round up a whole minute
  return Math.ceil(Math.round(((Math.max(0, peopleAhead) * perPerson) / openCounters) * 1e6) / 1e6);
}
