import NextAuth from 'next-auth';
import { NextResponse, type NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { assertNotRateLimited } from '@/lib/auth/users';
import { ApiError, errorBody, langOf } from '@/lib/api/errors';

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

export function GET(req: NextRequest, ctx: Ctx) {
  return handler(req, ctx);
}

/** Sign-in attempts beyond the limit get HTTP 429 before next-auth sees them (issue 2). */
export async function POST(req: NextRequest, ctx: Ctx) {
  if (req.nextUrl.pathname.endsWith('/callback/credentials')) {
    let username = '';
    try {
      const form = await req.clone().formData();
      username = String(form.get('username') ?? '');
    } catch {
      // not a form: next-auth will refuse it
    }
    try {
      if (username) await assertNotRateLimited(username);
    } catch (e) {
      if (e instanceof ApiError) {
        return NextResponse.json(errorBody(e, langOf(req.headers.get('accept-language'))), {
          status: e.status,
          headers: { 'Retry-After': '900' },
        });
      }
      throw e;
    }
  }
  return handler(req, ctx);
}
