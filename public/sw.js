/* Pantau's service worker (SPEC §11). A plain file, not bundled: Next's build leaves public/
 * as it is, so this works the same with Turbopack and needs no plugin.
 *
 * - /_next/static/* (content-hashed), icons, manifest: cache first.
 * - pages (navigations): network first; the last copy when there is no answer, or a small
 *   offline page listing the pages this device has. Each page shows its "Data per <time>".
 * - GET /api/v1/* JSON: network first, the last answer offline.
 * - RSC requests of client navigations go to the network only: when they fail, Next falls back to
 *   a browser navigation, which the page cache answers.
 * - Writes are never touched: the outbox (lib/client/outbox.ts) owns them. */
const VERSION = 'v1';
const STATIC = `pantau-static-${VERSION}`;
const PAGES = `pantau-pages-${VERSION}`;
const API = `pantau-api-${VERSION}`;
const HOME_KEY = '/__pantau/home';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(STATIC)
      .then((c) => c.addAll(['/manifest.webmanifest', '/icons/icon-192.png']))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const k of await caches.keys()) if (![STATIC, PAGES, API].includes(k)) await caches.delete(k);
      await self.clients.claim();
    })(),
  );
});

function pageKey(url) {
  const u = new URL(url);
  u.searchParams.delete('_rsc');
  u.hash = '';
  return u.toString();
}

function cacheable(res) {
  return res && res.ok && res.type === 'basic' && !res.redirected;
}

async function staticFirst(req) {
  const cache = await caches.open(STATIC);
  const hit = await cache.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (cacheable(res)) await cache.put(req, res.clone());
  return res;
}

const STATIC_RE = /["'](\/_next\/static\/[^"'\s]+?\.(?:js|css|woff2?))["']/g;

/** A page's HTML and (for a page warmed in the background) the scripts and styles it names, so
 *  that it also works offline. A page the browser is showing loads its own through staticFirst. */
async function keepPage(url, res, withAssets) {
  const pages = await caches.open(PAGES);
  await pages.put(pageKey(url), res.clone());
  if (!withAssets) return;
  const html = await res.text();
  const stat = await caches.open(STATIC);
  const wanted = new Set([...html.matchAll(STATIC_RE)].map((m) => m[1]));
  await Promise.all(
    [...wanted].map(async (p) => {
      if (await stat.match(p)) return;
      const r = await fetch(p).catch(() => null);
      if (cacheable(r)) await stat.put(p, r);
    }),
  );
}

async function offlinePage() {
  const pages = await caches.open(PAGES);
  const keys = (await pages.keys()).map((r) => new URL(r.url)).filter((u) => u.pathname !== HOME_KEY);
  const links = keys.map((u) => `<li><a href="${u.pathname}${u.search}">${u.pathname}${u.search}</a></li>`).join('');
  const body = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Offline · Pantau</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#0f172a}header{background:#0f766e;color:#fff;padding:12px 16px;font-weight:700}main{padding:16px;max-width:40rem}a{color:#115e59}p{line-height:1.5}</style></head>
<body><header>Pantau</header><main><h1>Tidak ada koneksi</h1><p>Halaman ini belum pernah dibuka di perangkat ini, jadi belum bisa ditampilkan tanpa sinyal. Entri yang sudah Anda simpan tetap aman di perangkat.</p>
<p lang="en">No connection: this page has not been opened on this device yet.</p>${links ? `<h2>Tersedia tanpa sinyal</h2><ul>${links}</ul>` : ''}</main></body></html>`;
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

async function page(event) {
  const req = event.request;
  try {
    const res = await fetch(req);
    const path = new URL(req.url).pathname;
    if (cacheable(res) && path !== '/login' && (res.headers.get('content-type') || '').includes('text/html'))
      event.waitUntil(keepPage(req.url, res.clone(), false).catch(() => undefined)); // the page streams on
    return res;
  } catch {
    const pages = await caches.open(PAGES);
    // the exact page, or the same page with other filters (the last one kept)
    let hit = (await pages.match(pageKey(req.url))) || (await pages.match(pageKey(req.url), { ignoreSearch: true }));
    if (!hit && new URL(req.url).pathname === '/') {
      const home = await pages.match(HOME_KEY);
      const to = home ? await home.text() : null;
      if (to) hit = await pages.match(new URL(to, self.location.origin).toString());
    }
    return hit || offlinePage();
  }
}

async function api(event) {
  const req = event.request;
  const cache = await caches.open(API);
  try {
    const res = await fetch(req);
    if (cacheable(res) && (res.headers.get('content-type') || '').includes('application/json'))
      event.waitUntil(cache.put(req, res.clone()).catch(() => undefined));
    return res;
  } catch (e) {
    const hit = await cache.match(req);
    if (!hit) throw e;
    const headers = new Headers(hit.headers);
    headers.set('X-Pantau-Offline-Copy', '1');
    return new Response(hit.body, { status: hit.status, headers });
  }
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  const p = url.pathname;
  if (p.startsWith('/_next/static/') || p.startsWith('/icons/') || p === '/manifest.webmanifest') {
    event.respondWith(staticFirst(req));
  } else if (req.mode === 'navigate') {
    event.respondWith(page(event));
  } else if (
    p.startsWith('/api/v1/') &&
    !p.endsWith('/events') &&
    !req.headers.get('X-Pantau-Probe') &&
    !url.searchParams.has('format')
  ) {
    event.respondWith(api(event));
  }
  // everything else (RSC payloads, /api/auth, downloads) goes to the network as usual
});

self.addEventListener('message', (event) => {
  const msg = event.data || {};
  if (msg.type === 'warm' && Array.isArray(msg.urls)) {
    event.waitUntil(
      (async () => {
        const pages = await caches.open(PAGES);
        if (msg.home) await pages.put(HOME_KEY, new Response(msg.home));
        for (const u of msg.urls) {
          const key = pageKey(new URL(u, self.location.origin).toString());
          const had = await pages.match(key);
          const age = had ? Date.now() - Date.parse(had.headers.get('date') || '') : Infinity;
          if (age < 30 * 60_000) continue; // fresh enough: metered data
          const res = await fetch(key, { credentials: 'same-origin' }).catch(() => null);
          if (cacheable(res) && (res.headers.get('content-type') || '').includes('text/html'))
            await keepPage(key, res, true).catch(() => undefined);
        }
      })(),
    );
  } else if (msg.type === 'forget') {
    // sign-out or another user: the pages and answers of the previous session go
    event.waitUntil(Promise.all([caches.delete(PAGES), caches.delete(API)]));
  }
});
