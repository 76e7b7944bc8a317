import { NextResponse, type NextRequest } from 'next/server';
import { ApiError, errorBody, langOf } from './errors';

type Ctx<P> = { params: Promise<P> };

/** Wraps a route handler: maps ApiError to the error shape of SPEC §8, and anything else to a
 *  generic 500 without a stack trace (the stack goes to the server log only). */
export function route<P = Record<string, string>>(fn: (req: NextRequest, params: P) => Promise<Response>) {
  return async (req: NextRequest, ctx: Ctx<P>): Promise<Response> => {
    const lang = langOf(req.headers.get('accept-language'));
    try {
      return await fn(req, await ctx.params);
    } catch (e) {
      if (e instanceof ApiError) return NextResponse.json(errorBody(e, lang), { status: e.status });
      console.error('[api]', req.method, req.nextUrl.pathname, e);
      const err = new ApiError('INTERNAL', {
        id: 'Terjadi kesalahan pada server. Coba lagi.',
        en: 'Something went wrong on the server. Please try again.',
      });
      return NextResponse.json(errorBody(err, lang), { status: 500 });
    }
  };
}

export function json(data: unknown, init?: ResponseInit) {
  return NextResponse.json(data, {
    ...init,
    headers: { 'Cache-Control': 'private, no-store', ...(init?.headers ?? {}) },
  });
}
