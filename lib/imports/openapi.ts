/** The import entries of /api/v1/openapi.json (spread into lib/api/openapi.ts). */
import { err } from '@/lib/api/openapi-parts';
const errorsOf = {
  400: err('Body is not JSON'),
  401: err('Not signed in'),
  403: err('The role may not import this kind'),
  422: err('Invalid kind or csv; on commit also: any rejected row (nothing is written)'),
};

export const importPaths = {
  '/imports/preview': {
    post: {
      responses: {
        200: { description: 'kind, total, accepted, rows[line, …], rejected[line, reason{id,en}]' },
        ...errorsOf,
      },
    },
  },
  '/imports/commit': {
    post: {
      responses: {
        200: { description: 'kind, rows, changes, regencies, net, ms' },
        ...errorsOf,
      },
    },
  },
};
