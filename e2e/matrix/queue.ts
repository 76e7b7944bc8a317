import type { MatrixRow } from './types';

/** Authorization rows of the queue endpoints (see types.ts). */
export const queueRows: MatrixRow[] = [];
