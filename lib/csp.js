// @ts-check
/** SPEC §10 / §12: the Content-Security-Policy of every response, declared once. Pages get it from
 *  proxy.ts with a fresh script nonce per request; API answers and static files, which run no
 *  script, get it without one from next.config.js (which Node loads as it is: plain CommonJS). */
const isDev = process.env.NODE_ENV !== 'production';

/** The policy; `scriptSources` are where scripts may come from besides 'self' (a page's nonce). */
function contentSecurityPolicy(scriptSources = /** @type {string[]} */ ([])) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptSources, ...(isDev ? ["'unsafe-eval'"] : [])].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

module.exports = { contentSecurityPolicy };
