/** Browser helpers of the stock pages: JSON calls to /api/v1 with an Idempotency-Key and the
 *  API's bilingual error shape turned into a message (and field messages) to show. */
import type { Lang } from '@/lib/i18n/dict';

export class ApiFailure extends Error {
  constructor(
    message: string,
    public readonly status: number,
    public readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A fresh key for one submission; the caller keeps it for retries of the same submission. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function callApi<T>(
  method: string,
  path: string,
  body: unknown,
  lang: Lang,
  key?: string | null,
): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Accept-Language': lang };
  if (key) headers['Idempotency-Key'] = key;
  const res = await fetch(`/api/v1${path}`, { method, headers, body: JSON.stringify(body) });
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data as { error?: { message?: string; fields?: Record<string, string> } } | null)?.error;
    throw new ApiFailure(err?.message ?? `HTTP ${res.status}`, res.status, err?.fields ?? {});
  }
  return data as T;
}

/** A network failure (no answer at all): safe to retry with the same key. */
export function isNetworkError(e: unknown): boolean {
  return e instanceof TypeError;
}

/** zod messages carry `{"id","en"}` JSON (lib/api/query.ts `msg`). */
export function zodMessage(message: string, lang: Lang): string {
  try {
    const m = JSON.parse(message) as Record<Lang, string>;
    if (typeof m[lang] === 'string') return m[lang];
  } catch {
    /* plain message */
  }
  return lang === 'en' ? 'Invalid value.' : 'Nilai tidak valid.';
}

/** POSTs `body` and saves the answer as a file (a download that needs a request body, e.g. the
 *  allocation proposal): the name comes from the answer's Content-Disposition. */
export async function downloadPost(path: string, body: unknown, lang: Lang): Promise<void> {
  const res = await fetch(`/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const data = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiFailure(data?.error?.message ?? `HTTP ${res.status}`, res.status);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'pantau-export';
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
