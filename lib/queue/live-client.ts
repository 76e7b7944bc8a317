'use client';

/** The live screens' data (SPEC §13, §11): an EventSource on the office's (or scope's) event
 *  stream writes each state into the TanStack Query cache; while the stream is down the same
 *  query polls with `If-None-Match` (a 304 keeps the data and proves it current). The screen is
 *  "stale" once nothing has confirmed its data for 10 seconds: `staleSince` is the last moment
 *  it was known current. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Lang } from '@/lib/i18n/dict';
import { failureOf, send } from '@/lib/client/api';

export const STALE_AFTER_MS = 10_000;
const POLL_MS = 3_000;

interface Options<T> {
  queryKey: QueryKey;
  initial: T;
  /** the event stream; null: poll only (a past day, say) */
  streamUrl: string | null;
  pollUrl: string;
  lang: Lang;
  /** the version of a state, to drop an older one arriving late */
  versionOf?: (d: T) => number | undefined;
}

export interface Live<T> {
  data: T;
  /** the device clock (ms), ticking every second */
  now: number;
  /** when the data was last known current (ms), or null while it is */
  staleSince: number | null;
  streaming: boolean;
}

export function useLiveQueue<T>({ queryKey, initial, streamUrl, pollUrl, lang, versionOf }: Options<T>): Live<T> {
  const client = useQueryClient();
  const etag = useRef<string | null>(null);
  const [lastOk, setLastOk] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [streaming, setStreaming] = useState(false);
  const keyJson = JSON.stringify(queryKey);

  const poll = useCallback(async (): Promise<T> => {
    const res = await send({
      path: pollUrl,
      lang,
      headers: etag.current ? { 'If-None-Match': etag.current } : {},
      signal: AbortSignal.timeout(8_000),
    });
    const current = client.getQueryData<T>(JSON.parse(keyJson) as QueryKey);
    if (res.status === 304 && current !== undefined) {
      setLastOk(Date.now());
      return current;
    }
    if (!res.ok) throw await failureOf(res, lang);
    etag.current = res.headers.get('ETag');
    setLastOk(Date.now());
    return (await res.json()) as T;
  }, [client, lang, pollUrl, keyJson]);

  const { data } = useQuery({
    queryKey,
    queryFn: poll,
    initialData: initial,
    refetchInterval: streaming ? false : POLL_MS,
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: false,
    retry: false,
  });

  useEffect(() => {
    if (!streamUrl || typeof EventSource === 'undefined') return;
    let es: EventSource | null = null;
    const open = () => {
      es?.close();
      es = new EventSource(streamUrl);
      es.onopen = () => {
        setLastOk(Date.now());
        setStreaming(true);
      };
      es.onerror = () => {
        // the browser reconnects by itself (retry: 3000); meanwhile the query polls
        setStreaming(false);
        if (es?.readyState === EventSource.CLOSED) setTimeout(() => navigator.onLine && open(), 5_000);
      };
      es.addEventListener('state', (e) => {
        const next = JSON.parse((e as MessageEvent<string>).data) as T;
        const cur = client.getQueryData<T>(JSON.parse(keyJson) as QueryKey);
        const v = versionOf;
        const older = cur !== undefined && v && (v(next) ?? 0) < (v(cur) ?? 0);
        if (!older) client.setQueryData(JSON.parse(keyJson) as QueryKey, next);
        etag.current = null;
        setLastOk(Date.now());
        setStreaming(true);
      });
    };
    const offline = () => {
      es?.close();
      setStreaming(false);
    };
    const online = () => open();
    open();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      es?.close();
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    };
  }, [client, streamUrl, keyJson, versionOf]);

  useEffect(() => {
    const t = setInterval(() => {
      const n = Date.now();
      // an open stream on a device that is online would have told us of any change
      if (streaming && navigator.onLine) setLastOk(n);
      setNow(n);
    }, 1_000);
    return () => clearInterval(t);
  }, [streaming]);

  return { data: data ?? initial, now, staleSince: now - lastOk > STALE_AFTER_MS ? lastOk : null, streaming };
}
