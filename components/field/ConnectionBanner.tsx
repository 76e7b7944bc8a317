'use client';
/** SPEC §11: an offline banner on every page while the connection is gone, with the time of the
 *  data on screen. "Online" is what a request to the server says, not only navigator.onLine
 *  (a phone with one bar is "online" and still gets no answer). */
import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/dict';
import { fieldDict } from '@/lib/i18n/field';

async function reachable(): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    const res = await fetch('/api/v1/health', { cache: 'no-store', headers: { 'X-Pantau-Probe': '1' } });
    await res.arrayBuffer(); // read to the end: an unread body keeps the request open
    return res.ok;
  } catch {
    return false;
  }
}

export function ConnectionBanner({ lang }: { lang: Lang }) {
  const f = fieldDict(lang);
  const [offline, setOffline] = useState(false);
  const [asOf, setAsOf] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // the outbox is loaded on demand: the public page has none to send
    const retryOutbox = () => void import('@/lib/client/useOutbox').then((m) => m.outbox.retryNow());
    const check = async () => {
      clearTimeout(timer);
      const ok = await reachable();
      if (!live) return;
      setOffline(!ok);
      setAsOf(document.querySelector('[data-as-of]')?.textContent ?? null);
      if (ok) retryOutbox();
      // the phone says it has a network but Pantau did not answer (one bar, or the network is
      // still coming up): ask again soon; with no network at all, now and then
      else timer = setTimeout(check, navigator.onLine ? 5_000 : 15_000);
    };
    // the signal is back: the waiting entries go at once (a failed try only waits its backoff)
    const cameOnline = () => {
      retryOutbox();
      void check();
    };
    const goneOffline = () => {
      setOffline(true);
      setAsOf(document.querySelector('[data-as-of]')?.textContent ?? null);
    };
    void check();
    window.addEventListener('online', cameOnline);
    window.addEventListener('offline', goneOffline);
    const onVisible = () => document.visibilityState === 'visible' && void check();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      clearTimeout(timer);
      window.removeEventListener('online', cameOnline);
      window.removeEventListener('offline', goneOffline);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  if (!offline) return null;
  return (
    <div
      role="status"
      data-testid="offline-banner"
      className="no-print sticky top-0 z-40 bg-amber-300 px-3 py-2 text-sm text-slate-950 sm:px-4"
    >
      <strong>{f.offline}</strong> {asOf ? `${asOf}. ` : ''}
      {f.offlineHint}
    </div>
  );
}
