/** SPEC §13's estimated wait of a service. Pure: plain values in, plain values out. */

/** Average service time assumed while fewer than 5 tickets of the service finished today. */
export const DEFAULT_SERVICE_MINUTES = 5;
/** How many of today's finished tickets the average reads (the latest ones). */
export const SERVICE_SAMPLE = 20;
const MIN_SAMPLES = 5;

/** People waiting ahead × the average service time of the last 20 finished tickets today
 *  (5 minutes when fewer than 5) ÷ the open counters serving the service, rounded up to whole
 *  minutes; null when no open counter serves it (nobody can say when it will be called). */
export function estimatedWaitMinutes(
  peopleAhead: number,
  lastServiceMinutes: number[] /* up to the last 20 finished today */,
  openCounters: number,
): number | null {
  if (openCounters <= 0) return null;
  if (peopleAhead <= 0) return 0;
  const sample = lastServiceMinutes.slice(-SERVICE_SAMPLE);
  const avg = sample.length < MIN_SAMPLES ? DEFAULT_SERVICE_MINUTES : sample.reduce((s, m) => s + m, 0) / sample.length;
  // round away float noise (3 × 2.1 = 6.300000000000001) before rounding up
  return Math.ceil(Math.round(((peopleAhead * avg) / openCounters) * 1e6) / 1e6);
}
