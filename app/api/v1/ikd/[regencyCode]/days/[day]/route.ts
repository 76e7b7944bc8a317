import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { dayParam, regencyCodeParam } from '@/lib/api/params';
import { getIkdDay, replaceIkdDay } from '@/lib/ikd/writes';
import { dayCountsBody } from '@/lib/ikd/schemas';

export const dynamic = 'force-dynamic';

/** The regency is looked up first (404); the day is judged once the caller may read or write it. */
const paths = {
  params: z.object({ regencyCode: regencyCodeParam, day: z.string() }),
  domainParams: z.object({ day: dayParam }),
};

export const GET = operation({ method: 'GET', path: '/ikd/{regencyCode}/days/{day}', ...paths }, ({ actor, params }) =>
  getIkdDay(actor, params.regencyCode, params.day),
);

/** Replaces the day's counts (idempotent by nature: the same body twice leaves the same day). */
export const PUT = operation(
  { method: 'PUT', path: '/ikd/{regencyCode}/days/{day}', periodLocked: true, ...paths, domainBody: dayCountsBody },
  ({ req, actor, params }) => replaceIkdDay(actor, params.regencyCode, params.day, req),
);
export const { POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
