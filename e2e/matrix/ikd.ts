import type { MatrixRow } from './types';

/** Authorization rows of the ikd endpoints (see types.ts). Writes send bodies that fail
 *  validation, so an allowed caller gets 422 and the demo data never changes. */
const KOTA_JAMBI_READERS = ['admin', 'kadis.jambi', 'operator.kotajambi'] as MatrixRow['allow'];
const OKI_READERS = ['admin', 'kadis.sumsel', 'operator.oki'] as MatrixRow['allow'];
const PALEMBANG_READERS = ['admin', 'kadis.sumsel', 'operator.palembang'] as MatrixRow['allow'];

export const ikdRows: MatrixRow[] = [
  {
    method: 'GET',
    route: '/ikd',
    path: '/ikd',
    allow: ['admin'],
    note: 'national ranking of the provinces (default scope)',
  },
  {
    method: 'GET',
    route: '/ikd',
    path: '/ikd?province=national',
    allow: ['admin'],
    note: 'national ranking of the provinces',
  },
  {
    method: 'GET',
    route: '/ikd',
    path: '/ikd?province=15',
    allow: KOTA_JAMBI_READERS,
    note: 'Jambi ranking (an officer sees the total and its own row)',
  },
  {
    method: 'GET',
    route: '/ikd',
    path: '/ikd?province=16&asOf=2022-12-12',
    allow: ['admin', 'kadis.sumsel', 'operator.oki', 'operator.palembang'],
    note: 'Sumatera Selatan ranking',
  },
  {
    method: 'GET',
    route: '/ikd/{regencyCode}',
    path: '/ikd/15.71',
    allow: KOTA_JAMBI_READERS,
    note: 'Kota Jambi IKD page data',
  },
  {
    method: 'GET',
    route: '/ikd/{regencyCode}',
    path: '/ikd/16.02?asOf=2022-12-12',
    allow: OKI_READERS,
    note: 'OKI IKD page data',
  },
  {
    method: 'GET',
    route: '/ikd/{regencyCode}/days/{day}',
    path: '/ikd/16.02/days/2023-01-02',
    allow: OKI_READERS,
    note: 'OKI day grid',
  },
  {
    method: 'PUT',
    route: '/ikd/{regencyCode}/days/{day}',
    path: '/ikd/15.71/days/2023-01-02',
    body: {},
    allow: ['admin', 'operator.kotajambi'],
    note: 'Kota Jambi day entry: its officer (a head only reads)',
  },
  {
    method: 'PUT',
    route: '/ikd/{regencyCode}/days/{day}',
    path: '/ikd/16.71/days/2023-01-02',
    body: { counts: [{ segment: 'UMUM', channel: 'KANTOR', count: -1 }] },
    allow: ['admin', 'operator.palembang'],
    note: 'Palembang day entry: foreign officers 403 before validation',
  },
  {
    method: 'PUT',
    route: '/ikd/{regencyCode}/population',
    path: '/ikd/16.02/population',
    body: {},
    allow: ['admin', 'operator.oki'],
    note: 'OKI wajib KTP',
  },
  {
    method: 'PUT',
    route: '/ikd/{regencyCode}/baseline',
    path: '/ikd/15.71/baseline',
    body: {},
    allow: ['admin', 'operator.kotajambi'],
    note: 'Kota Jambi baseline',
  },
  {
    method: 'GET',
    route: '/ikd/{regencyCode}/campaigns',
    path: '/ikd/16.71/campaigns',
    allow: PALEMBANG_READERS,
    note: 'Palembang campaigns',
  },
  {
    method: 'POST',
    route: '/ikd/{regencyCode}/campaigns',
    path: '/ikd/16.71/campaigns',
    body: {},
    allow: ['admin', 'operator.palembang'],
    note: 'plan a Palembang campaign',
  },
  {
    method: 'PATCH',
    route: '/ikd/{regencyCode}/campaigns/{id}',
    path: '/ikd/15.71/campaigns/999999',
    body: {},
    allow: ['admin', 'operator.kotajambi'],
    note: 'record a Kota Jambi campaign result',
  },
  {
    method: 'PUT',
    route: '/targets/ikd',
    path: '/targets/ikd',
    body: {},
    allow: ['admin', 'kadis.jambi', 'kadis.sumsel'],
    note: 'targets: admin and province heads only',
  },
  {
    method: 'PUT',
    route: '/targets/ikd',
    path: '/targets/ikd',
    body: { scope: '15.71', year: 2030, percent: 'x' },
    allow: ['admin', 'kadis.jambi'],
    note: 'a Kota Jambi target: the Jambi head, not the Sumsel head',
  },
  {
    method: 'PUT',
    route: '/targets/ikd',
    path: '/targets/ikd',
    body: { scope: 'national', year: 2030, percent: 'x' },
    allow: ['admin'],
    note: 'the national target: admin only',
  },
];
