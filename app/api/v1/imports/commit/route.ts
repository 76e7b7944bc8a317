import { operation, otherMethods } from '@/lib/api/pipeline';
import { MAX_IMPORT_BODY_BYTES } from '@/lib/api/guard';
import { commitImport, importBody } from '@/lib/imports/imports';
import { commitAnswer } from '@/lib/imports/answers';

export const dynamic = 'force-dynamic';

/** A CSV of up to 10 MB inside a JSON body (SPEC §12). */
export const POST = operation(
  {
    method: 'POST',
    path: '/imports/commit',
    summary:
      'Writes all rows of a CSV import in one transaction (ADJUSTMENTs, IKD day replacements or wajib KTP) or nothing',
    output: commitAnswer,
    periodLocked: true,
    domainBody: importBody,
    maxBytes: MAX_IMPORT_BODY_BYTES,
  },
  ({ req, actor }) => commitImport(actor, req),
);
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
