import { CLIENT_ADDRESS_HEADER } from '@/lib/api/server-guard';

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined | null;

/** The client address of a request for sign-in throttling: the socket's, as the server guard
 *  recorded it (lib/api/server-guard.ts; a client cannot set it), '' when unknown. */
export function clientAddressOf(headers: HeaderBag): string {
  const raw =
    headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : (headers?.[CLIENT_ADDRESS_HEADER] ?? null);
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? '').trim().slice(0, 100);
}
