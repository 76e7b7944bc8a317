import { getHandle } from '@/lib/db';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { publicOperation } from '@/lib/public/http';
import { publicSummary, publicSummaryAnswerOf, publicSummaryQuery } from '@/lib/public/queries';
import { publicSummaryAnswer } from '@/lib/public/answers';

export const dynamic = 'force-dynamic';

/** SPEC §15, without sign-in: the 38 provinces, or the regencies of `province`. */
export const GET = operation(
  {
    method: 'GET',
    path: '/public/summary',
    summary: 'Public figures of the 38 provinces, or of the regencies of one province (no sign-in)',
    output: publicSummaryAnswer,
    ...publicOperation,
    query: publicSummaryQuery,
  },
  async ({ query: { province } }) => publicSummaryAnswerOf(await publicSummary(await getHandle(), province)),
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
