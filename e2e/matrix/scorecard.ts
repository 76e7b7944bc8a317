import type { MatrixRow } from './types';

/** GET /api/v1/scorecard (SPEC §15): the national ranking for every dashboard role, a province's
 *  for its head, its officers and the admin. */
export const scorecardRows: MatrixRow[] = [
  {
    method: 'GET',
    route: '/scorecard',
    path: '/scorecard?scope=national&period=2023-01-H1',
    allow: ['admin', 'kadis.jambi', 'kadis.sumsel', 'operator.kotajambi', 'operator.oki', 'operator.palembang'],
    ok: 200,
    note: 'national scorecard: every dashboard role sees where its province stands',
  },
  {
    method: 'GET',
    route: '/scorecard',
    path: '/scorecard?scope=15&period=2023-01-H1',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    ok: 200,
    note: 'Jambi scorecard: its head, its officer (own row) and the admin',
  },
  {
    method: 'GET',
    route: '/scorecard',
    path: '/scorecard?scope=16&period=2023-01-H1',
    allow: ['admin', 'kadis.sumsel', 'operator.oki', 'operator.palembang'],
    ok: 200,
    note: 'Sumatera Selatan scorecard',
  },
];
