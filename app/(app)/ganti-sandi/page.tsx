import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page';
import { getDict } from '@/lib/i18n/server';
import { adminDict } from '@/lib/i18n/admin';
import { LangSwitch } from '@/components/LangSwitch';
import { ChangePasswordForm } from './ChangePasswordForm';

export const metadata: Metadata = { title: 'Ganti kata sandi' };
export const dynamic = 'force-dynamic';

export default async function ChangePasswordPage() {
  const actor = await requirePageActor({ allowPasswordChange: true });
  const { t, lang } = await getDict();
  const tx = adminDict(lang);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-brand-700 px-3 py-8">
      <div className="w-full max-w-sm rounded-xl bg-white p-6 shadow-lg">
        <div className="mb-4 flex items-start justify-between gap-3">
          <h1 className="text-2xl font-bold text-brand-800">{tx.changeTitle}</h1>
          <div className="text-brand-800">
            <LangSwitch lang={lang} label={t.language} />
          </div>
        </div>
        {actor.mustChangePassword && <p className="mb-3 text-sm text-slate-700">{tx.changeIntro}</p>}
        <ChangePasswordForm tx={tx} lang={lang} username={actor.username} />
      </div>
    </main>
  );
}
