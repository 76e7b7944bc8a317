import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { getDict } from '@/lib/i18n/server';
import { LangSwitch } from '@/components/LangSwitch';
import { LoginForm } from './LoginForm';

export const metadata: Metadata = { title: 'Masuk' };
export const dynamic = 'force-dynamic';

export default async function LoginPage() {
  if (await getActor()) redirect('/');
  const { t, lang } = await getDict();
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-brand-700 px-3 py-8">
      <div className="w-full max-w-sm rounded-xl bg-white p-6 shadow-lg">
        <div className="mb-5 flex items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold text-brand-800">Pantau</h1>
            <p className="text-sm text-slate-600">{t.appTagline}</p>
          </div>
          <div className="text-brand-800">
            <LangSwitch lang={lang} label={t.language} />
          </div>
        </div>
        <LoginForm
          t={{
            signIn: t.signIn,
            signingIn: t.signingIn,
            username: t.username,
            password: t.password,
            wrongPassword: t.wrongPassword,
            rateLimited: t.rateLimited,
            networkError: t.networkError,
            fillBoth: t.fillBoth,
          }}
        />
      </div>
    </main>
  );
}
