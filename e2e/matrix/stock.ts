import type { MatrixRow } from './types';

/** Authorization rows of the stock endpoints (see types.ts). */
export const stockRows: MatrixRow[] = [];
