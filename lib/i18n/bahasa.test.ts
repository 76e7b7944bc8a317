import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET } from '@/app/bahasa/route';

const visit = (query: string, headers: Record<string, string> = {}) =>
  GET(new NextRequest(`http://pantau.test/bahasa?${query}`, { headers: { host: 'pantau.test', ...headers } }));

describe('the language switch (GET /bahasa, a form without script)', () => {
  it('sets the cookie for a year and sends the reader back to the page they were on', () => {
    const res = visit('lang=en', { referer: 'http://pantau.test/publik?province=15&regency=15.71' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/publik?province=15&regency=15.71');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('pantau_lang=en');
    expect(cookie).toContain('Max-Age=31536000');
    expect(cookie.toLowerCase()).toContain('httponly');
  });

  it('keeps the host the browser used (a relative redirect), also behind a proxy', () => {
    const res = visit('lang=id', {
      host: '10.0.0.5:3000',
      'x-forwarded-host': 'pantau.go.id',
      referer: 'https://pantau.go.id/stok?kode=15',
    });
    expect(res.headers.get('location')).toBe('/stok?kode=15');
  });

  it('never sends anyone to another site, and anything but en is Indonesian', () => {
    const res = visit('lang=xx', { referer: 'https://elsewhere.example/phish' });
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.get('set-cookie')).toContain('pantau_lang=id');
    expect(visit('lang=en').headers.get('location')).toBe('/');
    expect(visit('lang=en', { referer: 'not a url' }).headers.get('location')).toBe('/');
    expect(visit('lang=en', { referer: 'http://pantau.test//elsewhere.example/x' }).headers.get('location')).toBe(
      '/elsewhere.example/x',
    );
  });
});
