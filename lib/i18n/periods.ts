import { dictionary } from './dict';
import { id } from './id/periods';
import { en } from './en/periods';

/** Strings of the month close, the alerts page, the bell and the anomaly marks (SPEC §14). */
export type PeriodsDict = typeof id;

export const periodsDict = dictionary<PeriodsDict>({ id, en });
