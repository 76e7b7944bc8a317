import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { ApiError } from '@/lib/api/errors';
import { authenticate } from './users';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

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
      async authorize(credentials) {
        try {
          const actor = await authenticate(String(credentials?.username ?? ''), String(credentials?.password ?? ''));
          if (!actor) return null;
          return { id: String(actor.id), name: actor.displayName, role: actor.role, scopeCode: actor.scopeCode };
        } catch (e) {
          if (e instanceof ApiError && e.code === 'RATE_LIMITED') throw new Error('RATE_LIMITED');
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.scopeCode = user.scopeCode ?? null;
        token.signedInAt = Date.now(); // kept through session refreshes (lib/auth/users.ts loadActor)
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
