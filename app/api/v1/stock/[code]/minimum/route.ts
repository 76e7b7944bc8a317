import { operation, otherMethods } from '@/lib/api/pipeline';
import { locationPath } from '@/lib/api/params';
import { parseBody } from '@/lib/api/query';
import { minimumBody } from '@/lib/stock/schemas';
import { authorizeMinimum, setMinimum } from '@/lib/stock/movements';
import { itemOf } from '@/lib/stock/items';
import { minimumAnswer } from '@/lib/stock/answers';

export const dynamic = 'force-dynamic';

export const PUT = operation(
  {
    method: 'PUT',
    path: '/stock/{code}/minimum',
    summary: 'Set a regency minimum (default 2,000)',
    output: minimumAnswer,
    params: locationPath,
    domainBody: minimumBody,
  },
  async ({ req, actor, params: { code } }) => {
    await authorizeMinimum(actor, code);
    const body = await parseBody(req, minimumBody);
    return setMinimum(actor, code, body.minimum, undefined, itemOf(body, req.nextUrl.searchParams));
  },
);
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
