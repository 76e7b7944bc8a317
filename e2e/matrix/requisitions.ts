import type { MatrixRow } from './types';

/** Authorization rows of the requisitions (SPEC §17; see types.ts): the ministry reads all, a
 *  head drafts and acts on their province's, its officers read them. The demo's requisition 1 is
 *  Jambi's; writes send a body that fails validation, so nothing changes. */
export const requisitionRows: MatrixRow[] = [
  {
    method: 'GET',
    route: '/requisitions',
    path: '/requisitions?scope=national',
    allow: ['admin'],
    ok: 200,
    note: 'every province’s requisitions: the ministry',
  },
  {
    method: 'GET',
    route: '/requisitions',
    path: '/requisitions?scope=15',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    ok: 200,
    note: 'Jambi’s requisitions',
  },
  {
    method: 'GET',
    route: '/requisitions',
    path: '/requisitions?scope=16&format=csv',
    allow: ['admin', 'kadis.sumsel', 'operator.oki', 'operator.palembang'],
    ok: 200,
    note: 'Sumatera Selatan’s requisitions as CSV',
  },
  {
    method: 'GET',
    route: '/requisitions/{id}',
    path: '/requisitions/1',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    ok: 200,
    note: 'Jambi’s Q1 2023 requisition',
  },
  {
    method: 'GET',
    route: '/requisitions/{id}',
    path: '/requisitions/1?format=xlsx',
    allow: ['admin', 'kadis.jambi', 'operator.kotajambi'],
    ok: 200,
    note: 'Jambi’s Q1 2023 requisition lines as XLSX',
  },
  {
    method: 'POST',
    route: '/provinces/{code}/requisitions',
    path: '/provinces/15/requisitions',
    body: { months: 0 },
    allow: ['kadis.jambi'],
    ok: 422,
    note: 'draft a Jambi requisition: its head only',
  },
  {
    method: 'POST',
    route: '/provinces/{code}/requisitions',
    path: '/provinces/16/requisitions',
    body: { months: 13 },
    allow: ['kadis.sumsel'],
    ok: 422,
    note: 'draft a Sumatera Selatan requisition',
  },
  {
    method: 'PUT',
    route: '/requisitions/{id}',
    path: '/requisitions/1',
    body: {},
    allow: ['kadis.jambi'],
    ok: 422,
    note: 'submit, cancel or edit Jambi’s requisition: its head only',
  },
];
