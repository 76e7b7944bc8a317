/** The one browser client of /api/v1 (SPEC §11, §12): every client component calls the API
 *  through these functions, so the headers, the idempotency key, the error shape and the words
 *  for a lost connection are the same everywhere. Writes that must survive a lost signal go
 *  through the outbox (./outbox.ts), which sends them with `send` below. */
import type { Lang } from '@/lib/i18n/dict';

export class ApiFailure extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when no answer came (network failure). */
    public readonly status: number,
    public readonly fields: Record<string, string> = {},
    public readonly code: string = '',
  ) {
    super(message);
  }
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export function networkMessage(lang: Lang): string {
  return lang === 'en'
    ? 'No connection to the server. Check the signal and try again.'
    : 'Tidak tersambung ke server. Periksa sinyal lalu coba lagi.';
}

/** A fresh key for one submission; retries of that submission reuse it. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A path under /api/v1 (`/stock/15.71/movements`) or an absolute `/api/v1/…` path. */
  path: string;
  body?: unknown;
  lang: Lang;
  idempotencyKey?: string | null;
  signal?: AbortSignal;
  /** e.g. If-None-Match of a poll */
  headers?: Record<string, string>;
}

export function apiUrl(path: string): string {
  return path.startsWith('/api/') ? path : `/api/v1${path}`;
}

/** The raw answer of one request; throws ApiFailure(status 0) when no answer came at all. */
export async function send(req: ApiRequest): Promise<Response> {
  const headers: Record<string, string> = { 'Accept-Language': req.lang, ...req.headers };
  if (req.body !== undefined) headers['Content-Type'] = 'application/json';
  if (req.idempotencyKey) headers['Idempotency-Key'] = req.idempotencyKey;
  try {
    return await fetch(apiUrl(req.path), {
      method: req.method ?? 'GET',
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: req.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError' && req.signal?.reason?.name !== 'TimeoutError') throw e;
    throw new ApiFailure(networkMessage(req.lang), 0);
  }
}

/** The API's error shape (SPEC §8) as an ApiFailure. */
export async function failureOf(res: Response, lang: Lang): Promise<ApiFailure> {
  const data = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; fields?: Record<string, string> };
  } | null;
  const err = data?.error;
  const fallback =
    res.status >= 500
      ? lang === 'en'
        ? 'The server could not answer. Please try again.'
        : 'Server tidak dapat menjawab. Coba lagi.'
      : `HTTP ${res.status}`;
  return new ApiFailure(err?.message ?? fallback, res.status, err?.fields ?? {}, err?.code ?? '');
}

/** A JSON call: the parsed answer, or an ApiFailure with the server's message. */
export async function callApi<T>(req: ApiRequest): Promise<T> {
  const res = await send(req);
  if (!res.ok) throw await failureOf(res, req.lang);
  if (res.status === 204) return undefined as T;
  return (await res.json().catch(() => null)) as T;
}

/** The same call as a result value, for forms that show the message instead of throwing. */
export async function tryApi<T>(req: ApiRequest): Promise<{ ok: true; data: T } | { ok: false; error: ApiFailure }> {
  try {
    return { ok: true, data: await callApi<T>(req) };
  } catch (e) {
    if (e instanceof ApiFailure) return { ok: false, error: e };
    throw e;
  }
}

/** POSTs `body` and saves the answer as a file (a download that needs a request body, e.g. the
 *  allocation proposal): the name comes from the answer's Content-Disposition. */
export async function downloadPost(path: string, body: unknown, lang: Lang): Promise<void> {
  const res = await send({ method: 'POST', path, body, lang });
  if (!res.ok) throw await failureOf(res, lang);
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
