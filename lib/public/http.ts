import { NextResponse, type NextRequest } from 'next/server';
import { route } from '@/lib/api/handler';
import { errorBody, langOf } from '@/lib/api/errors';
import { getHandle } from '@/lib/db';
import { clientAddress, hitPublicLimit, rateLimited } from './ratelimit';

/** Paths anyone may open without signing in (a proxy that redirects signed-out visitors must let
 *  these through; the pages and handlers below need no session). */
export const PUBLIC_PATHS = ['/publik', '/api/v1/public/'] as const;

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

/** A public GET handler (SPEC §15): no session; 60 requests a minute per client address, then
 *  429 with `Retry-After`; answers cacheable by anyone for 60 s. */
export function publicRoute(fn: (req: NextRequest) => Promise<unknown>) {
  return route(async (req) => {
    const limit = await hitPublicLimit(await getHandle(), clientAddress(req));
    if (!limit.allowed) {
      const lang = langOf(req.headers.get('accept-language'));
      return NextResponse.json(errorBody(rateLimited(limit.retryAfter), lang), {
        status: 429,
        headers: { 'Retry-After': String(limit.retryAfter), 'Cache-Control': 'no-store' },
      });
    }
    return NextResponse.json(await fn(req), {
      headers: { 'Cache-Control': PUBLIC_CACHE_CONTROL },
    });
  });
}
