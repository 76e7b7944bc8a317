import { parseQuery } from '@/lib/api/query';
import { getHandle } from '@/lib/db';
import { publicRoute } from '@/lib/public/http';
import { publicSummary, publicSummaryQuery } from '@/lib/public/queries';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

/** SPEC §15, without sign-in: the 38 provinces, or the regencies of `province`. */
export const GET = publicRoute(async (req) => {
  const { province } = parseQuery(req, publicSummaryQuery);
  return publicSummary(await getHandle(), province);
});
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
