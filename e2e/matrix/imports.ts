import type { MatrixRow } from './types';

/** Authorization rows of the CSV import endpoints (see types.ts). The body `{}` fails
 *  validation, so an allowed caller gets 422 and nothing is written. Imports need the write
 *  permission of the stock/IKD domains: admins and regency officers (heads: 403, SPEC §2). */
const IMPORTERS: MatrixRow['allow'] = ['admin', 'operator.kotajambi', 'operator.oki', 'operator.palembang'];

export const importRows: MatrixRow[] = [
  {
    method: 'POST',
    route: '/imports/preview',
    path: '/imports/preview',
    body: {},
    allow: IMPORTERS,
    ok: 422,
    note: 'CSV import preview',
  },
  {
    method: 'POST',
    route: '/imports/commit',
    path: '/imports/commit',
    body: {},
    allow: IMPORTERS,
    ok: 422,
    note: 'CSV import commit',
  },
];
