import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET } from '@/app/bahasa/route';

const visit = (query: string, referer?: string) =>
  GET(new NextRequest(`http://pantau.test/bahasa?${query}`, { headers: referer ? { referer } : {} }));

describe('the language switch (GET /bahasa, a form without script)', () => {
  it('sets the cookie for a year and sends the reader back to the page they were on', () => {
    const res = visit('lang=en', 'http://pantau.test/publik?province=15&regency=15.71');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('http://pantau.test/publik?province=15&regency=15.71');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('pantau_lang=en');
    expect(cookie).toContain('Max-Age=31536000');
    expect(cookie.toLowerCase()).toContain('httponly');
  });

  it('never sends anyone to another site, and anything but en is Indonesian', () => {
    const res = visit('lang=xx', 'https://elsewhere.example/phish');
    expect(res.headers.get('location')).toBe('http://pantau.test/');
    expect(res.headers.get('set-cookie')).toContain('pantau_lang=id');
    expect(visit('lang=en').headers.get('location')).toBe('http://pantau.test/');
    expect(visit('lang=en', 'not a url').headers.get('location')).toBe('http://pantau.test/');
  });
});
