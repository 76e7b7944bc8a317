import { EVERYONE, type DemoUser, type MatrixRow } from './types';

const HEADS: DemoUser[] = ['admin', 'kadis.jambi', 'kadis.sumsel'];

export const coreRows: MatrixRow[] = [
  {
    method: 'GET',
    route: '/regions',
    path: '/regions?level=province',
    allow: EVERYONE,
    note: 'regions are public to every signed-in user',
  },
  { method: 'GET', route: '/overview', path: '/overview?scope=national', allow: ['admin'], note: 'national overview' },
  {
    method: 'GET',
    route: '/overview',
    path: '/overview?scope=15',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    note: 'Jambi province overview (officer sees their province summary)',
  },
  {
    method: 'GET',
    route: '/overview',
    path: '/overview?scope=15.71',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    note: 'Kota Jambi overview',
  },
  {
    method: 'GET',
    route: '/overview',
    path: '/overview?scope=16.02',
    allow: ['admin', 'kadis.sumsel', 'operator.oki'],
    note: 'OKI overview',
  },
  { method: 'GET', route: '/users', path: '/users', allow: HEADS, note: 'user lists: admin and heads (own province)' },
  { method: 'POST', route: '/users', path: '/users', body: {}, allow: HEADS, note: 'create a user' },
  {
    method: 'PUT',
    route: '/users/{id}/active',
    path: '/users/999999/active',
    body: {},
    allow: HEADS,
    note: 'deactivate / reactivate',
  },
  {
    method: 'POST',
    route: '/users/{id}/reset-password',
    path: '/users/999999/reset-password',
    allow: HEADS,
    note: 'reset a password (unknown user: 404)',
  },
  {
    method: 'PUT',
    route: '/me/password',
    path: '/me/password',
    body: {},
    allow: EVERYONE,
    note: 'everyone changes their own password',
  },
  { method: 'GET', route: '/audit', path: '/audit', allow: HEADS, note: 'audit trail: admin and heads' },
  {
    method: 'GET',
    route: '/audit',
    path: '/audit?region=16',
    allow: ['admin', 'kadis.sumsel'],
    note: 'audit of Sumatera Selatan',
  },
];
