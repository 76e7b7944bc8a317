import { operation, otherMethods } from '@/lib/api/pipeline';
import { MAX_IMPORT_BODY_BYTES } from '@/lib/api/guard';
import { previewImport, importBody } from '@/lib/imports/imports';
import { previewAnswer } from '@/lib/imports/answers';

export const dynamic = 'force-dynamic';

/** A CSV of up to 10 MB inside a JSON body (SPEC §12). */
export const POST = operation(
  {
    method: 'POST',
    path: '/imports/preview',
    summary: 'Validates every row of a CSV import (scope, ranges, dates, enums); writes nothing',
    output: previewAnswer,
    domainBody: importBody,
    maxBytes: MAX_IMPORT_BODY_BYTES,
  },
  ({ req, actor }) => previewImport(actor, req),
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
