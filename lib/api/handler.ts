import { NextRequest, NextResponse } from 'next/server';
import { ApiError, errorBody, langOf } from './errors';
import { MAX_BODY_BYTES, WRITE_METHODS, assertSameOrigin, readWriteBody } from './guard';
import { maybeHousekeep } from './housekeeping';

type Ctx<P> = { params: Promise<P> };

export interface RouteOptions {
  /** The body cap (default 1 MB; the CSV imports 10 MB). */
  maxBytes?: number;
}

/** The error shape of SPEC §8 as a response (with the error's own headers). */
export function errorResponse(e: ApiError, req: Request): Response {
  return NextResponse.json(errorBody(e, langOf(req.headers.get('accept-language'))), {
    status: e.status,
    headers: { 'Cache-Control': 'private, no-store', ...e.headers },
  });
}

/** Wraps a route handler: a write is refused from another origin (403), with a body that is not
 *  JSON (415) or over the cap (413, counted while it arrives), before the handler runs; maps
 *  ApiError to the error shape of SPEC §8, and anything else to a generic 500 without a stack
 *  trace (the stack goes to the server log only). The handler gets the request with its body
 *  already read (so `req.text()`/`req.json()` still work). `operation()` in ./pipeline.ts builds
 *  on it. */
export function route<P = Record<string, string>>(
  fn: (req: NextRequest, params: P) => Promise<Response>,
  opts: RouteOptions = {},
) {
  return async (req: NextRequest, ctx: Ctx<P>): Promise<Response> => {
    try {
      let request = req;
      if (WRITE_METHODS.has(req.method)) {
        assertSameOrigin(req);
        const text = await readWriteBody(req, opts.maxBytes ?? MAX_BODY_BYTES);
        request = new NextRequest(req.url, { method: req.method, headers: req.headers, body: text || undefined });
        void maybeHousekeep(); // at most once an hour, in the background (lib/api/housekeeping.ts)
      }
      return await fn(request, await ctx.params);
    } catch (e) {
      if (e instanceof ApiError) return errorResponse(e, req);
      console.error('[api]', req.method, req.nextUrl.pathname, e);
      const err = new ApiError('INTERNAL', {
        id: 'Terjadi kesalahan pada server. Coba lagi.',
        en: 'Something went wrong on the server. Please try again.',
      });
      return errorResponse(err, req);
    }
  };
}

export function json(data: unknown, init?: ResponseInit) {
  return NextResponse.json(data, {
    ...init,
    headers: { 'Cache-Control': 'private, no-store', ...(init?.headers ?? {}) },
  });
}
