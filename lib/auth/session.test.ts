import { describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { sessionOfToken, userIdOfToken } from './session';

/** The session check reads next-auth's own tokens exactly as next-auth does (issue 7 only made it
 *  cheaper): the same claims, and every forged, altered or expired token refused. */
describe('session token', () => {
  const secret = 'pantau-test-secret';

  it('reads the user id of a token next-auth issued', async () => {
    const token = await encode({ token: { uid: 7, name: 'Admin', role: 'ADMIN' }, secret, maxAge: 3600 });
    expect(await userIdOfToken(token, secret)).toBe(7);
    // twice (the key is derived once)
    expect(await userIdOfToken(token, secret)).toBe(7);
  });

  it('reads when the session signed in and its id (the revocation checks compare them), 0/null for older tokens', async () => {
    const token = await encode({ token: { uid: 7, signedInAt: 1_763_900_000_000, sid: 'abc' }, secret, maxAge: 3600 });
    expect(await sessionOfToken(token, secret)).toEqual({ id: 7, signedInAt: 1_763_900_000_000, sid: 'abc' });
    const old = await encode({ token: { uid: 7 }, secret, maxAge: 3600 });
    expect(await sessionOfToken(old, secret)).toEqual({ id: 7, signedInAt: 0, sid: null });
  });

  it('refuses a token of another secret, an altered one, an expired one and garbage', async () => {
    const token = await encode({ token: { uid: 7 }, secret, maxAge: 3600 });
    expect(await userIdOfToken(token, 'another-secret')).toBeNull();
    const parts = token.split('.');
    const flip = (s: string) => (s[5] === 'A' ? `${s.slice(0, 5)}B${s.slice(6)}` : `${s.slice(0, 5)}A${s.slice(6)}`);
    expect(await userIdOfToken([parts[0], parts[1], parts[2], flip(parts[3]), parts[4]].join('.'), secret)).toBeNull();
    expect(await userIdOfToken([parts[0], parts[1], parts[2], parts[3], flip(parts[4])].join('.'), secret)).toBeNull();
    const expired = await encode({ token: { uid: 7 }, secret, maxAge: -60 });
    expect(await userIdOfToken(expired, secret)).toBeNull();
    expect(await userIdOfToken('garbage', secret)).toBeNull();
    expect(await userIdOfToken(await encode({ token: { name: 'no uid' }, secret }), secret)).toBeNull();
  });
});
