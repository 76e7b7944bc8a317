/** Browser helpers of the queue screens: times and figures as the screens show them. No server
 *  imports here. */
import type { Lang } from '@/lib/i18n/dict';
import { callApi } from '@/lib/client/api';
import { TZ_LABEL } from '@/lib/time';

/** The queue screens call the API through the one browser client (lib/client/api.ts). */
export { ApiFailure as QueueApiError, newIdempotencyKey as newKey } from '@/lib/client/api';

export function api<T>(
  url: string,
  lang: Lang,
  init?: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; key?: string },
) {
  return callApi<T>({ path: url, lang, method: init?.method, body: init?.body, idempotencyKey: init?.key });
}

const timeFmt = new Map<string, Intl.DateTimeFormat>();

/** "08.05 WIB": a time of day in the office's zone. */
export function fmtTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '–';
  let f = timeFmt.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone });
    timeFmt.set(timeZone, f);
  }
  return `${f.format(new Date(iso))} ${TZ_LABEL[timeZone] ?? ''}`.trim();
}

export function fmtMinutes(n: number | null, unit: string): string {
  return n === null ? '–' : `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(n)} ${unit}`;
}

export function fmtPct(n: number | null): string {
  return n === null ? '–' : `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(n)}%`;
}
