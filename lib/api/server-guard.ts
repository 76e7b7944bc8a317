import http from 'node:http';

/** SPEC §12 at the socket, before Next sees a request (installed by instrumentation.ts):
 *  - A method outside the seven Next serves (TRACE, TRACK, unknown verbs) never reaches Next,
 *    whose Request constructor throws on TRACE (a 500). Under /api/v1 it goes on as OPTIONS
 *    marked with the method it was, so the route answers 405 in the error shape with its own
 *    `Allow` (lib/api/pipeline.ts); a page answers 405 here.
 *  - The client's address for sign-in throttling is the socket's (a client cannot choose it
 *    with X-Forwarded-For), or with PANTAU_TRUST_PROXY=1 the last X-Forwarded-For entry (the
 *    one the proxy in front of the app appended). */
export const ORIGINAL_METHOD_HEADER = 'x-pantau-original-method';
export const CLIENT_ADDRESS_HEADER = 'x-pantau-client-address';

const SERVED = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']);
const INSTALLED = Symbol.for('pantau.serverGuard');

function clientAddress(req: http.IncomingMessage): string {
  if (process.env.PANTAU_TRUST_PROXY === '1') {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (forwarded.length) return forwarded[forwarded.length - 1];
  }
  return req.socket?.remoteAddress ?? '';
}

export function installServerGuard(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      // a client cannot send the marker (deleted only when sent: `delete` slows the object down)
      if (req.headers[ORIGINAL_METHOD_HEADER] !== undefined) delete req.headers[ORIGINAL_METHOD_HEADER];
      req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req);
      const method = (req.method ?? '').toUpperCase();
      if (!SERVED.has(method)) {
        if ((req.url ?? '').startsWith('/api/v1/')) {
          req.headers[ORIGINAL_METHOD_HEADER] = method.slice(0, 40);
          req.method = 'OPTIONS';
        } else {
          const body = JSON.stringify({
            error: { code: 'METHOD_NOT_ALLOWED', message: `Metode ${method.slice(0, 40)} tidak dilayani.` },
          });
          res.writeHead(405, {
            Allow: 'GET, HEAD',
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
            'X-Content-Type-Options': 'nosniff',
          });
          res.end(body);
          req.resume();
          return true;
        }
      }
    }
    return (emit as (this: http.Server, e: string | symbol, ...a: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
