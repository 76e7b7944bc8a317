import type { NextRequest } from 'next/server';
import { errors } from '@/lib/api/errors';
import { errorResponse } from '@/lib/api/handler';

/** Any path under /api/v1 that no route serves: 404 in the error shape of SPEC §8, whatever the
 *  method (a TRACE or unknown verb arrives as OPTIONS, lib/api/server-guard.ts). */
const unknownPath = async (req: NextRequest) => errorResponse(errors.unknownPath(), req);

export { unknownPath as GET, unknownPath as HEAD, unknownPath as POST, unknownPath as PUT };
export { unknownPath as PATCH, unknownPath as DELETE, unknownPath as OPTIONS };
