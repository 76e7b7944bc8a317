import { operation, otherMethods } from '@/lib/api/pipeline';
import { locationPath } from '@/lib/api/params';
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
    authorize: ({ actor, params: { code } }) => authorizeMinimum(actor, code),
    body: minimumBody,
  },
  ({ req, actor, params: { code }, body }) =>
    setMinimum(actor, code, body.minimum, undefined, itemOf(body, req.nextUrl.searchParams)),
);
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
