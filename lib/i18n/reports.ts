import { dictionary } from './dict';
import { id } from './id/reports';
import { en } from './en/reports';

/** Strings of the monthly report page (Indonesian default, English switch). */
export type ReportsDict = typeof id;

export const reportsDict = dictionary<ReportsDict>({ id, en });
