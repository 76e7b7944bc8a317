/** The bench's field row (SPEC §11 "metered data"): an officer's overview opened in headless
 *  Chromium through a link of one bar of signal — every request delayed 400 ms and every byte
 *  paced at 50 KB/s, shared by all requests, by a proxy in front of the app that also counts the
 *  bytes on the wire (compressed, as sent). Counting at the proxy sees the service worker's own
 *  requests too, which the page's DevTools session would not.
 *  - first visit: a new browser profile; bytes and time until the load event, then what the
 *    service worker fetched afterwards to keep the role's pages for use offline (in the
 *    background, once per 30 minutes).
 *  - repeat visit: the same profile, a new tab: scripts and styles come from the device cache, the
 *    page itself (today's figures) from the network. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const LATENCY_MS = 400;
const BYTES_PER_S = 50 * 1024;

function slowLink(target: string) {
  const t = new URL(target);
  let bytes = 0;
  let free = Date.now();
  const server = http.createServer((req, res) => {
    setTimeout(() => {
      const up = http.request(
        { host: t.hostname, port: t.port, path: req.url, method: req.method, headers: req.headers },
        (ur) => {
          res.writeHead(ur.statusCode ?? 502, ur.headers);
          bytes += JSON.stringify(ur.headers).length;
          // each chunk leaves at its turn on the shared link; the end only after the last chunk
          let turn = Promise.resolve();
          const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
          ur.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            free = Math.max(free, Date.now()) + (chunk.length / BYTES_PER_S) * 1000;
            const due = free;
            ur.pause();
            turn = turn.then(async () => {
              await sleepUntil(due);
              res.write(chunk);
              ur.resume();
            });
          });
          ur.on('end', () => void turn.then(() => res.end()));
        },
      );
      up.on('error', () => res.destroy());
      req.pipe(up);
    }, LATENCY_MS);
  });
  return {
    listen: () =>
      new Promise<string>((r) =>
        server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      ),
    take: () => {
      const b = bytes;
      bytes = 0;
      return b;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface FieldVisit {
  name: string;
  kb: number;
  loadMs: number;
}

export async function fieldVisits(
  base: string,
  cookie: string,
  page = '/',
): Promise<{ visits: FieldVisit[]; warmKb: number }> {
  const { chromium } = await import('@playwright/test');
  const link = slowLink(base);
  const at = await link.listen();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const visits: FieldVisit[] = [];
  let warmKb = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'allow' });
    const [name, ...rest] = cookie.split('=');
    await context.addCookies([{ name, value: rest.join('='), domain: '127.0.0.1', path: '/' }]);
    const visit = async (label: string) => {
      const tab = await context.newPage();
      link.take();
      const t0 = Date.now();
      await tab.goto(`${at}${page}`, { waitUntil: 'load', timeout: 180_000 });
      visits.push({ name: label, kb: link.take() / 1024, loadMs: Date.now() - t0 });
      return tab;
    };
    const first = await visit('first visit');
    await first
      .waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 })
      .catch(() => undefined);
    // the background keeping of the role's pages: wait until the link has been quiet for 8 s
    let quiet = 0;
    for (let i = 0; i < 120 && quiet < 8; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const b = link.take();
      warmKb += b / 1024;
      quiet = b === 0 ? quiet + 1 : 0;
    }
    await first.close();
    (await visit('repeat visit')).close();
  } finally {
    await browser.close();
    await link.close();
  }
  return { visits, warmKb };
}
