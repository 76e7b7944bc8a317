import { dictionary } from './dict';
import { id } from './id/scorecard';
import { en } from './en/scorecard';

/** Words of the scorecard (/skor), the tile map and the public page (/publik), SPEC §15. */
export type ScorecardDict = typeof id;

export const scorecardDict = dictionary<ScorecardDict>({ id, en });
