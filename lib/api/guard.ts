import type { NextRequest } from 'next/server';
import { errors } from './errors';

/** SPEC §12: the checks every write under /api/v1 passes before a handler sees it. */

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** 1 MB for every body; the CSV imports take 10 MB. */
export const MAX_BODY_BYTES = 1 << 20;
export const MAX_IMPORT_BODY_BYTES = 10 << 20;

/** The origins this app answers as: the one the request was addressed to (Host, or the
 *  forwarded host behind a proxy) and NEXTAUTH_URL's. */
function ownOrigins(req: NextRequest): string[] {
  const proto = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || req.nextUrl.protocol.replace(/:$/, '');
  const host = req.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || req.headers.get('host');
  const list = host ? [`${proto}://${host}`.toLowerCase()] : [];
  try {
    if (process.env.NEXTAUTH_URL) list.push(new URL(process.env.NEXTAUTH_URL).origin.toLowerCase());
  } catch {
    /* a malformed NEXTAUTH_URL names no origin */
  }
  return list;
}

/** 403 when a write comes from another site: an `Origin` that is not ours (including "null"),
 *  or `Sec-Fetch-Site: cross-site`. A request without either (curl, a server) passes: it
 *  carries no victim's cookie by accident. */
export function assertSameOrigin(req: NextRequest): void {
  if (req.headers.get('sec-fetch-site')?.toLowerCase() === 'cross-site') throw errors.crossOrigin();
  const origin = req.headers.get('origin');
  if (origin !== null && !ownOrigins(req).includes(origin.toLowerCase())) throw errors.crossOrigin();
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** Reads a write's body, counting bytes as they arrive: over `maxBytes` it stops reading and
 *  answers 413 (a declared Content-Length over the cap is refused without reading at all). A
 *  body must be JSON (415 otherwise); a write without a body may send no content type or JSON's. */
export async function readWriteBody(req: NextRequest, maxBytes: number): Promise<string> {
  const type = req.headers.get('content-type');
  if (type !== null && type.trim() !== '' && !JSON_TYPE.test(type)) throw errors.unsupportedMediaType();
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw errors.payloadTooLarge(maxBytes);
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw errors.payloadTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length > 0 && (type === null || type.trim() === '')) throw errors.unsupportedMediaType();
  return text;
}
