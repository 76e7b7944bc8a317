import { operation, otherMethods } from '@/lib/api/pipeline';
import { regencyPath } from '@/lib/api/params';
import { getIkdRegency, ikdRegencyQuery } from '@/lib/ikd/queries';
import { ikdRegencyAnswer } from '@/lib/ikd/answers';

export const dynamic = 'force-dynamic';

export const GET = operation(
  {
    method: 'GET',
    path: '/ikd/{regencyCode}',
    summary:
      "A regency's IKD figures, target, monthly and daily series, breakdown by segment and channel, wajib KTP history, baseline and campaigns",
    output: ikdRegencyAnswer,
    params: regencyPath,
    query: ikdRegencyQuery,
  },
  ({ actor, params, query }) => getIkdRegency(actor, params.regencyCode, query),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
