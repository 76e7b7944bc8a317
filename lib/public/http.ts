import type { NextRequest } from 'next/server';
import { getHandle } from '@/lib/db';
import { clientAddress, hitPublicLimit, rateLimited } from './ratelimit';

/** Paths anyone may open without signing in (a proxy that redirects signed-out visitors must let
 *  these through; the pages and handlers below need no session). */
export const PUBLIC_PATHS = ['/publik', '/api/v1/public/'] as const;

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

/** What a public GET operation (SPEC §15) adds to its spec: no session; 60 requests a minute per
 *  client address, then 429 with `Retry-After` (not cacheable); answers cacheable by anyone for
 *  60 s. */
export const publicOperation = {
  auth: 'anonymous',
  headers: { 'Cache-Control': PUBLIC_CACHE_CONTROL },
  limit: async (req: NextRequest) => {
    const limit = await hitPublicLimit(await getHandle(), clientAddress(req));
    if (!limit.allowed) {
      throw rateLimited(limit.retryAfter).withHeaders({
        'Retry-After': String(limit.retryAfter),
        'Cache-Control': 'no-store',
      });
    }
  },
} as const;
