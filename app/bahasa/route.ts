import { NextResponse, type NextRequest } from 'next/server';
import { LANG_COOKIE } from '@/lib/i18n/dict';

/** GET /bahasa?lang=id|en: the language switch's form (no script, so it works before a slow page
 *  has loaded its code). Sets the cookie every server render reads and sends the reader back to
 *  the page they came from on this site (else to the start page). */
export function GET(req: NextRequest) {
  const lang = req.nextUrl.searchParams.get('lang') === 'en' ? 'en' : 'id';
  let to = new URL('/', req.url);
  try {
    const back = new URL(req.headers.get('referer') ?? '');
    if (back.origin === req.nextUrl.origin) to = back;
  } catch {
    // no referrer, or not a URL: the start page
  }
  const res = NextResponse.redirect(to, 303);
  res.cookies.set(LANG_COOKIE, lang, { path: '/', maxAge: 31_536_000, sameSite: 'lax', httpOnly: true });
  return res;
}
