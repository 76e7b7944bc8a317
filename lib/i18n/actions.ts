'use server';

import { cookies } from 'next/headers';
import { LANG_COOKIE, type Lang } from './dict';

/** Switches the interface language (a cookie, read by every server render). */
export async function setLanguage(lang: Lang) {
  const store = await cookies();
  store.set(LANG_COOKIE, lang === 'en' ? 'en' : 'id', { path: '/', maxAge: 31_536_000, sameSite: 'lax', httpOnly: true });
}
