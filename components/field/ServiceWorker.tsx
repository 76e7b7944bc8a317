'use client';
/** Registers the service worker (public/sw.js) on every page, once the page has loaded. */
import { useEffect } from 'react';

export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);
  return null;
}

/** Asks the worker to keep the pages of this role for use without signal, after the page has
 *  settled (so the visit itself loads first), at most every 30 minutes per page. */
export function warmPages(urls: string[], home: string) {
  if (!('serviceWorker' in navigator)) return;
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  if (saveData) return; // the user asked the phone to spare data: only pages they open are kept
  const here = window.location.pathname;
  const others = urls.filter((u) => new URL(u, window.location.origin).pathname !== here);
  const idle = (fn: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 5000 }) : setTimeout(fn, 2000);
  void navigator.serviceWorker.ready.then((reg) =>
    idle(() =>
      reg.active?.postMessage({
        type: 'warm',
        urls: [here + window.location.search, ...others],
        home,
      }),
    ),
  );
}

/** Sign-out or another user signing in: the pages and answers kept for the last session go. */
export async function forgetSessionCaches() {
  if (!('caches' in window)) return;
  await Promise.all([caches.delete('pantau-pages-v1'), caches.delete('pantau-api-v1')]).catch(() => undefined);
}
