import { operation, otherMethods } from '@/lib/api/pipeline';
import { officePath } from '@/lib/api/params';
import { updateOffice } from '@/lib/queue/offices';
import { readBody } from '@/lib/queue/validate';
import { officeAnswer } from '@/lib/queue/answers';
import { officePatch } from '@/lib/queue/schemas';

export const dynamic = 'force-dynamic';

export const PATCH = operation(
  {
    method: 'PATCH',
    path: '/offices/{id}',
    summary:
      'Edit an office: name, kind, opening hours (local time), its own daily quota per service (null: the capacity of the open counters serving it)',
    output: officeAnswer,
    domainBody: officePatch,
    domainParams: officePath,
  },
  async ({ req, actor, params }) => updateOffice(actor, Number(params.id), await readBody(req)),
);
export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods({ PATCH });
