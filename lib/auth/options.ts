import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { ApiError } from '@/lib/api/errors';
import { randomUUID } from 'node:crypto';
import { SESSION_MAX_AGE_SECONDS, authenticate, revokeSession } from './users';
import { clientAddressOf } from './address';

export { SESSION_MAX_AGE_SECONDS };

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Pantau',
      credentials: {
        username: { label: 'Nama pengguna', type: 'text' },
        password: { label: 'Kata sandi', type: 'password' },
      },
      async authorize(credentials, req) {
        try {
          const actor = await authenticate(
            String(credentials?.username ?? ''),
            String(credentials?.password ?? ''),
            undefined,
            clientAddressOf(req?.headers),
          );
          if (!actor) return null;
          return { id: String(actor.id), name: actor.displayName, role: actor.role, scopeCode: actor.scopeCode };
        } catch (e) {
          if (e instanceof ApiError && e.code === 'RATE_LIMITED') throw new Error('RATE_LIMITED');
          throw e;
        }
      },
    }),
  ],
  events: {
    // sign-out ends the session on the server too: the cookie is refused even if it was copied
    async signOut({ token }) {
      if (typeof token?.sid === 'string') await revokeSession(token.sid, Number(token.signedInAt ?? 0));
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.scopeCode = user.scopeCode ?? null;
        token.signedInAt = Date.now(); // kept through session refreshes: at most 8 h (lib/auth/users.ts loadActor)
        token.sid = randomUUID(); // what signing out revokes
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        id: Number(token.uid),
        name: token.name ?? '',
        role: String(token.role ?? ''),
        scopeCode: (token.scopeCode as string | null) ?? null,
        signedInAt: Number(token.signedInAt ?? 0),
      };
      return session;
    },
  },
};
