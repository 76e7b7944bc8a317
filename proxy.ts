import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/csp';

/** SPEC §12: the page CSP allows no inline script. Each page request gets a fresh nonce; Next
 *  reads it from the request's CSP header and puts it on its own scripts, and 'strict-dynamic'
 *  lets those load the chunks they need. Styles stay 'unsafe-inline' (React style attributes,
 *  the print margins). API answers and static files carry the same policy without a nonce
 *  (next.config.js; both take it from lib/csp.js). This is not an access check (that lives in
 *  lib/). */
export function pageCsp(nonce: string): string {
  return contentSecurityPolicy([`'nonce-${nonce}'`, "'strict-dynamic'"]);
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // pages only: not the API, Next's static files, or files from public/ (sw.js, the manifest, icons)
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon\\.ico|.*\\.(?:js|webmanifest|png|svg|ico|txt|json)$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
