/** Client-side JSON call to /api/v1 that turns the API's error shape into a message to show. */
export interface ApiFailure {
  message: string;
  fields?: Record<string, string>;
}

export async function apiFetch<T>(
  url: string,
  init: RequestInit & { lang: 'id' | 'en'; networkMessage: string },
): Promise<{ ok: true; data: T } | { ok: false; error: ApiFailure }> {
  const { lang, networkMessage, ...rest } = init;
  try {
    const res = await fetch(url, {
      ...rest,
      headers: {
        'Accept-Language': lang,
        ...(rest.body ? { 'Content-Type': 'application/json' } : {}),
        ...(rest.headers ?? {}),
      },
    });
    const body = await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: body as T };
    const err = (body as { error?: ApiFailure } | null)?.error;
    return { ok: false, error: err ?? { message: `HTTP ${res.status}` } };
  } catch {
    return { ok: false, error: { message: networkMessage } };
  }
}
