import { operation, otherMethods } from '@/lib/api/pipeline';
import { getIkdDay, replaceIkdDay } from '@/lib/ikd/writes';

export const dynamic = 'force-dynamic';

export const GET = operation({ method: 'GET', path: '/ikd/{regencyCode}/days/{day}' }, ({ actor, params }) =>
  getIkdDay(actor, params.regencyCode, params.day),
);

/** Replaces the day's counts (idempotent by nature: the same body twice leaves the same day). */
export const PUT = operation({ method: 'PUT', path: '/ikd/{regencyCode}/days/{day}' }, ({ req, actor, params }) =>
  replaceIkdDay(actor, params.regencyCode, params.day, req),
);
export const { POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
