import { EVERYONE, type MatrixRow } from './types';

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
];
