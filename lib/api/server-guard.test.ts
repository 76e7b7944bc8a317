import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, ORIGINAL_METHOD_HEADER, installServerGuard } from './server-guard';

/** What the app behind the guard saw of each request. */
const seen: { method?: string; marker?: string | string[]; address?: string | string[] }[] = [];
let server: http.Server;
let port = 0;

beforeAll(async () => {
  installServerGuard();
  server = http.createServer((req, res) => {
    seen.push({
      method: req.method,
      marker: req.headers[ORIGINAL_METHOD_HEADER],
      address: req.headers[CLIENT_ADDRESS_HEADER],
    });
    res.end('app');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the server guard (SPEC §12, before Next sees a request)', () => {
  it('drops a marker the client sent itself, and records the socket address', async () => {
    seen.length = 0;
    const r = await send('GET', '/api/v1/health', {
      [ORIGINAL_METHOD_HEADER]: 'TRACE',
      [CLIENT_ADDRESS_HEADER]: '6.6.6.6',
    });
    expect(r).toEqual({ status: 200, body: 'app' });
    expect(seen).toEqual([{ method: 'GET', marker: undefined, address: '127.0.0.1' }]);
  });

  it('passes TRACE under /api/v1 on as OPTIONS marked with its method; a page answers 405 itself', async () => {
    seen.length = 0;
    expect((await send('TRACE', '/api/v1/stock')).body).toBe('app');
    expect(seen).toEqual([{ method: 'OPTIONS', marker: 'TRACE', address: '127.0.0.1' }]);
    const page = await send('TRACE', '/stok');
    expect(page.status).toBe(405);
    expect(JSON.parse(page.body).error.code).toBe('METHOD_NOT_ALLOWED');
    expect(seen).toHaveLength(1);
  });
});
