import { forgetSessionCaches } from './field/ServiceWorker';

/** Signs in through next-auth's credentials endpoint (CSRF token first) and reads the answer
 *  itself, so the rate limit's 429 can show its own message: the sign-in form uses it, and the
 *  password change uses it to start a fresh session (changing the password ends every session
 *  signed in before, this one included). Network failures throw. */
export async function credentialsSignIn(username: string, password: string): Promise<'ok' | 'wrong' | 'rateLimited'> {
  const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
  const res = await fetch('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password, csrfToken, callbackUrl: '/', json: 'true' }),
  });
  if (res.status === 429) return 'rateLimited';
  if (res.ok) await forgetSessionCaches(); // pages kept offline for a previous session are not this user's
  const data = (await res.json().catch(() => ({}))) as { url?: string };
  const failed = !res.ok || !data.url || new URL(data.url, window.location.origin).searchParams.has('error');
  return failed ? 'wrong' : 'ok';
}
