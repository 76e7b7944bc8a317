import type { DemoUser, MatrixRow } from './types';

/** Authorization rows of the queue endpoints (see types.ts). In the demo, office 1 is the
 *  Disdukcapil Kota Jambi office (kiosk.kotajambi's), office 2 a kecamatan office of Kota Jambi,
 *  counter 1 its Loket 1 (loket1.kotajambi's) and counter 2 its Loket 2. Writes send a body that
 *  fails validation, or name a ticket that does not exist, so no allowed request changes data. */
const OFFICERS: DemoUser[] = ['operator.kotajambi', 'operator.oki', 'operator.palembang'];
const NO_TICKET = 999999999;

const transitions: MatrixRow[] = (['done', 'no-show', 'recall', 'transfer'] as const).map((t) => ({
  method: 'POST',
  route: `/tickets/{id}/${t}`,
  path: `/tickets/${NO_TICKET}/${t}`,
  body: {},
  allow: ['admin', 'loket1.kotajambi'],
  note: `only counter operators (and admin) may ${t} a ticket; an unknown ticket is 404 for them`,
}));

export const queueRows: MatrixRow[] = [
  {
    method: 'GET',
    route: '/offices',
    path: '/offices?scope=15.71',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    note: 'offices of Kota Jambi',
  },
  {
    method: 'GET',
    route: '/offices',
    path: '/offices?scope=16.02',
    allow: ['admin', 'kadis.sumsel', 'operator.oki'],
    note: 'offices of OKI',
  },
  {
    method: 'POST',
    route: '/offices',
    path: '/offices',
    body: {},
    allow: ['admin', ...OFFICERS],
    note: 'officers and admin may create offices (empty body: 422)',
  },
  {
    method: 'POST',
    route: '/offices',
    path: '/offices',
    body: { regencyCode: '15.71' },
    allow: ['admin', 'operator.kotajambi'],
    note: 'an office in Kota Jambi: only its officer (and admin)',
  },
  {
    method: 'PATCH',
    route: '/offices/{id}',
    path: '/offices/1',
    body: {},
    allow: ['admin', 'operator.kotajambi'],
    note: 'edit the Kota Jambi office',
  },
  {
    method: 'POST',
    route: '/offices/{id}/counters',
    path: '/offices/1/counters',
    body: {},
    allow: ['admin', 'operator.kotajambi'],
    note: 'add a counter to the Kota Jambi office',
  },
  {
    method: 'POST',
    route: '/offices/{id}/tickets',
    path: '/offices/1/tickets',
    body: {},
    allow: ['admin', 'kiosk.kotajambi'],
    note: 'the kiosk issues tickets in its own office',
  },
  {
    method: 'POST',
    route: '/offices/{id}/tickets',
    path: '/offices/2/tickets',
    body: {},
    allow: ['admin'],
    note: 'the kiosk may not issue in another office',
  },
  {
    method: 'GET',
    route: '/offices/{id}/queue',
    path: '/offices/1/queue',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi', 'loket1.kotajambi', 'kiosk.kotajambi'],
    note: 'live queue of the Kota Jambi office',
  },
  {
    method: 'GET',
    route: '/offices/{id}/queue',
    path: '/offices/2/queue',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    note: 'live queue of another office: not for the Kota Jambi counter and kiosk',
  },
  {
    method: 'PATCH',
    route: '/counters/{id}',
    path: '/counters/1',
    body: {},
    allow: ['admin', 'operator.kotajambi'],
    note: 'edit Loket 1 of Kota Jambi',
  },
  {
    method: 'POST',
    route: '/counters/{id}/call-next',
    path: '/counters/1/call-next',
    body: { service: 'NONE' },
    allow: ['admin', 'loket1.kotajambi'],
    note: 'Loket 1 calls at its own counter (invalid service: 422)',
  },
  {
    method: 'POST',
    route: '/counters/{id}/call-next',
    path: '/counters/2/call-next',
    body: { service: 'NONE' },
    allow: ['admin'],
    note: 'Loket 1 may not call at Loket 2',
  },
  ...transitions,
  { method: 'GET', route: '/queue', path: '/queue?scope=national', allow: ['admin'], note: 'national queue load' },
  {
    method: 'GET',
    route: '/queue',
    path: '/queue?scope=15',
    allow: ['admin', 'kadis.jambi'],
    note: 'queue load of Jambi province',
  },
  {
    method: 'GET',
    route: '/queue',
    path: '/queue?scope=15.71',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    note: 'queue load of Kota Jambi',
  },
  {
    method: 'GET',
    route: '/queue',
    path: '/queue?scope=16&level=counter&format=csv',
    allow: ['admin', 'kadis.sumsel'],
    note: 'counters of Sumatera Selatan as CSV',
  },
  {
    method: 'GET',
    route: '/offices',
    path: '/offices?scope=16.02&format=xlsx',
    allow: ['admin', 'kadis.sumsel', 'operator.oki'],
    note: 'offices of OKI as XLSX',
  },
];
