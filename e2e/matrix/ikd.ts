import type { MatrixRow } from './types';

/** Authorization rows of the ikd endpoints (see types.ts). */
export const ikdRows: MatrixRow[] = [];
