import { parseQuery } from '@/lib/api/query';
import { getHandle } from '@/lib/db';
import { publicRoute } from '@/lib/public/http';
import { publicOffices, publicOfficesQuery } from '@/lib/public/queries';
import { otherMethods } from '@/lib/api/pipeline';

export const dynamic = 'force-dynamic';

/** SPEC §15, without sign-in: today's queue of every office of a regency. */
export const GET = publicRoute(async (req) => {
  const { regency } = parseQuery(req, publicOfficesQuery);
  const { offices } = await publicOffices(await getHandle(), regency);
  return { offices };
});
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
