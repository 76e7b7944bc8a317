import { NextResponse, type NextRequest } from 'next/server';
import { LANG_COOKIE } from '@/lib/i18n/dict';

/** Where the reader came from on this site, as a path (a relative redirect keeps the host the
 *  browser used, whatever the server is called behind a proxy); anything else: the start page. */
function backPath(req: NextRequest): string {
  const hosts = [req.headers.get('host'), req.headers.get('x-forwarded-host')].filter(Boolean);
  try {
    const back = new URL(req.headers.get('referer') ?? '');
    // one leading slash only: "//elsewhere" would be another site
    if (hosts.includes(back.host)) return `${back.pathname.replace(/^\/+/, '/')}${back.search}`;
  } catch {
    // no referrer, or not a URL
  }
  return '/';
}

/** GET /bahasa?lang=id|en: the language switch's form (no script, so it works before a slow page
 *  has loaded its code). Sets the cookie every server render reads and sends the reader back to
 *  the page they came from. */
export function GET(req: NextRequest) {
  const lang = req.nextUrl.searchParams.get('lang') === 'en' ? 'en' : 'id';
  const res = new NextResponse(null, { status: 303, headers: { Location: backPath(req) } });
  res.cookies.set(LANG_COOKIE, lang, { path: '/', maxAge: 31_536_000, sameSite: 'lax', httpOnly: true });
  return res;
}
