import { EVERYONE, type MatrixRow } from './types';

/** Authorization rows of the month close, alerts and anomaly endpoints (SPEC §14). Writes send
 *  bodies that fail validation or a transition the state refuses (409), so the demo's months
 *  never change; PUT /alerts/seen only records what the caller has seen. */
/** Every account but the office's counter operator and kiosk. */
const WITH_SCOPE: MatrixRow['allow'] = EVERYONE.filter((u) => u !== 'loket1.kotajambi' && u !== 'kiosk.kotajambi');

export const periodRows: MatrixRow[] = [
  { method: 'GET', route: '/periods', path: '/periods', allow: WITH_SCOPE, ok: 200, note: 'months of the own scope' },
  {
    method: 'GET',
    route: '/periods',
    path: '/periods?scope=15&month=2026-10',
    allow: ['admin', 'kadis.jambi'],
    ok: 200,
    note: 'a province’s months (heads and the admin)',
  },
  {
    method: 'GET',
    route: '/periods',
    path: '/periods?scope=15.71',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    ok: 200,
    note: 'a regency’s month',
  },
  {
    method: 'PUT',
    route: '/periods/{regencyCode}/{month}',
    path: '/periods/15.71/2026-10',
    body: {},
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    ok: 422,
    note: 'any transition of Kota Jambi’s month (422: no action)',
  },
  {
    method: 'PUT',
    route: '/periods/{regencyCode}/{month}',
    path: '/periods/16.02/2026-10',
    body: {},
    allow: ['admin', 'kadis.sumsel', 'operator.oki'],
    ok: 422,
    note: 'any transition of OKI’s month (422: no action)',
  },
  {
    method: 'PUT',
    route: '/periods/{regencyCode}/{month}',
    path: '/periods/15.71/2099-12',
    body: { action: 'submit' },
    allow: ['operator.kotajambi'],
    ok: 409,
    note: 'submit: the regency officer only (409: the month has not ended)',
  },
  {
    method: 'PUT',
    route: '/periods/{regencyCode}/{month}',
    path: '/periods/15.71/2099-12',
    body: { action: 'approve' },
    allow: ['admin', 'kadis.jambi'],
    ok: 409,
    note: 'approve: the province head or the admin (409: the month is OPEN)',
  },
  { method: 'GET', route: '/alerts', path: '/alerts', allow: WITH_SCOPE, ok: 200, note: 'alerts of the own scope' },
  {
    method: 'GET',
    route: '/alerts',
    path: '/alerts?scope=national',
    allow: ['admin'],
    ok: 200,
    note: 'the nation’s alerts',
  },
  {
    method: 'GET',
    route: '/alerts',
    path: '/alerts?scope=15.71&kind=ANOMALY',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    ok: 200,
    note: 'a regency’s alerts',
  },
  {
    method: 'PUT',
    route: '/alerts/seen',
    path: '/alerts/seen',
    allow: WITH_SCOPE,
    ok: 200,
    note: 'the bell starts over',
  },
  {
    method: 'POST',
    route: '/anomalies/{anomalyId}/check',
    path: '/anomalies/999999/check',
    body: { note: 'diperiksa' },
    allow: ['admin', 'kadis.jambi', 'kadis.sumsel'],
    ok: 404,
    note: 'heads and the admin check anomalies (404: none with this id)',
  },
];
