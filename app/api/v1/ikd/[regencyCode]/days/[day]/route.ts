import { z } from 'zod';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { dayParam, regencyCodeParam } from '@/lib/api/params';
import { getIkdDay, replaceIkdDay } from '@/lib/ikd/writes';
import { dayCountsBody } from '@/lib/ikd/schemas';
import { ikdDayAnswer, ikdDayReplacedAnswer } from '@/lib/ikd/answers';

export const dynamic = 'force-dynamic';

/** The regency is looked up first (404); the day is judged once the caller may read or write it. */
const paths = {
  params: z.object({ regencyCode: regencyCodeParam, day: z.string() }),
  domainParams: z.object({ day: dayParam }),
};

export const GET = operation(
  {
    method: 'GET',
    path: '/ikd/{regencyCode}/days/{day}',
    summary: "A day's activation grid (segment × channel, zeros included)",
    output: ikdDayAnswer,
    ...paths,
  },
  ({ actor, params }) => getIkdDay(actor, params.regencyCode, params.day),
);

/** Replaces the day's counts (idempotent by nature: the same body twice leaves the same day). */
export const PUT = operation(
  {
    method: 'PUT',
    path: '/ikd/{regencyCode}/days/{day}',
    summary:
      "Replaces a day's activation counts (idempotent, audited). Refused: a future day in the regency's local date, negative counts, unknown segment/channel, a total above wajib KTP",
    output: ikdDayReplacedAnswer,
    periodLocked: true,
    ...paths,
    domainBody: dayCountsBody,
  },
  ({ req, actor, params }) => replaceIkdDay(actor, params.regencyCode, params.day, req),
);
export const { POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
