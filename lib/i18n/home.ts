import { dictionary } from './dict';
import { id } from './id/home';
import { en } from './en/home';

/** Strings of the role homes: the district officer's day and the province head's problem lists. */
export type HomeDict = typeof id;

export const homeDict = dictionary<HomeDict>({ id, en });

/** Classes of a days-of-cover tone (lib/overview/rules.ts coverTone). */
export const COVER_TONE: Record<string, string> = {
  OUT: 'bg-red-100 text-red-900',
  CRITICAL: 'bg-red-100 text-red-900',
  LOW: 'bg-amber-100 text-amber-900',
  OK: 'bg-emerald-100 text-emerald-900',
  NO_USE: 'bg-slate-100 text-slate-800',
};
