import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { assertNotRateLimited } from '@/lib/auth/users';
import { clientAddressOf } from '@/lib/auth/address';
import { ApiError } from '@/lib/api/errors';
import { errorResponse } from '@/lib/api/handler';

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

export function GET(req: NextRequest, ctx: Ctx) {
  return handler(req, ctx);
}

/** Sign-in attempts beyond the limits of SPEC §12 (per username and address, per username, per
 *  address) get HTTP 429 with Retry-After before next-auth sees them; each one is audited. */
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
      if (username) await assertNotRateLimited(username, undefined, clientAddressOf(req.headers));
    } catch (e) {
      if (e instanceof ApiError) return errorResponse(e, req);
      throw e;
    }
  }
  return handler(req, ctx);
}
