import { getHandle } from '@/lib/db';
import { operation, otherMethods } from '@/lib/api/pipeline';
import { publicOperation } from '@/lib/public/http';
import { publicOffices, publicOfficesQuery } from '@/lib/public/queries';
import { publicOfficesAnswer } from '@/lib/public/answers';

export const dynamic = 'force-dynamic';

/** SPEC §15, without sign-in: today's queue of every office of a regency. */
export const GET = operation(
  {
    method: 'GET',
    path: '/public/offices',
    summary:
      "Today's queue of every office of a regency: people waiting and the estimated wait per service (no sign-in)",
    output: publicOfficesAnswer,
    ...publicOperation,
    query: publicOfficesQuery,
  },
  async ({ query: { regency } }) => {
    const { offices } = await publicOffices(await getHandle(), regency);
    return { offices };
  },
);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
