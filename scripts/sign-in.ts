/** Signs in through next-auth's credentials endpoint (SPEC §8) and returns the session cookie
 *  (`name=value`), for the scripts that drive a running Pantau (bench, crash test). */
export async function signInCookie(base: string, username: string, password = 'pantau-demo'): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = (csrfRes.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie },
    body: new URLSearchParams({ username, password, csrfToken, json: 'true' }),
  });
  const session = (res.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.includes('session-token'));
  if (!session) throw new Error(`sign-in as ${username} failed (${res.status})`);
  return session;
}
