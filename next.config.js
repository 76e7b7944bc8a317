// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Node loads this file as CommonJS
const { contentSecurityPolicy } = require('./lib/csp');

/** SPEC §10 / issue 2: security headers on every response. Pages get their CSP, with a
 *  per-request script nonce, from proxy.ts (SPEC §12: no inline script); this fixed one covers API
 *  answers and static files, which run no script at all. */
const csp = contentSecurityPolicy();

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3', 'pg', 'exceljs'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // what proxy.ts gives no page CSP: API answers and Next's own files
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: csp }] },
      { source: '/_next/:path*', headers: [{ key: 'Content-Security-Policy', value: csp }] },
    ];
  },
};

module.exports = nextConfig;
