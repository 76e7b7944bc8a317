import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface User {
    role: string;
    scopeCode: string | null;
  }
  interface Session {
    user: { id: number; name: string; role: string; scopeCode: string | null; signedInAt: number };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    role?: string;
    scopeCode?: string | null;
  }
}
