/** Browser helpers of the queue screens: JSON calls to /api/v1 that turn the API's error shape
 *  into an Error carrying its (already translated) message. No server imports here. */
import type { Lang } from '@/lib/i18n/dict';
import { TZ_LABEL } from '@/lib/time';

export class QueueApiError extends Error {
  constructor(
    message: string,
    public readonly status: number,
  ) {
    super(message);
  }
}

export async function api<T>(
  url: string,
  lang: Lang,
  init?: { method?: string; body?: unknown; key?: string },
): Promise<T> {
  const headers: Record<string, string> = { 'Accept-Language': lang };
  if (init?.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init?.key) headers['Idempotency-Key'] = init.key;
  let res: Response;
  try {
    res = await fetch(url, {
      method: init?.method ?? 'GET',
      headers,
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      cache: 'no-store',
    });
  } catch {
    throw new QueueApiError(lang === 'en' ? 'Connection lost. Try again.' : 'Koneksi terputus. Coba lagi.', 0);
  }
  const data = (await res.json().catch(() => null)) as {
    error?: { message?: string; fields?: Record<string, string> };
  } | null;
  if (!res.ok) {
    const fields = data?.error?.fields ? Object.values(data.error.fields).join(' ') : '';
    throw new QueueApiError([data?.error?.message, fields].filter(Boolean).join(' ') || String(res.status), res.status);
  }
  return data as T;
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

export function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}
