'use client';
/** A chart's code is fetched when the chart first shows. Offline, on a page kept by the service
 *  worker but never drawn on this device, that fetch fails: the page keeps its figures and the
 *  chart's place says why it is empty, instead of the whole page turning into an error. */
import type { ComponentType } from 'react';

function ChartUnavailable() {
  const en = typeof document !== 'undefined' && document.documentElement.lang === 'en';
  return (
    <p
      className="grid h-40 place-items-center rounded-md bg-slate-50 p-4 text-center text-sm text-slate-700"
      data-testid="chart-offline"
    >
      {en
        ? 'This chart is not stored on this device yet; it shows when there is signal.'
        : 'Grafik ini belum tersimpan di perangkat; tampil lagi saat ada sinyal.'}
    </p>
  );
}

export function orOffline<P>(load: () => Promise<ComponentType<P>>): () => Promise<ComponentType<P>> {
  return () => load().catch(() => ChartUnavailable as ComponentType<P>);
}
