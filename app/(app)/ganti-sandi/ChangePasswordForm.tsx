'use client';
import type { Lang } from '@/lib/i18n/dict';

import { useState } from 'react';
import type { AdminText } from '@/lib/i18n/admin';
import { tryApi, type ApiFailure } from '@/lib/client/api';
import { credentialsSignIn } from '@/components/credentialsSignIn';
import { NewPasswordInput } from '@/components/NewPasswordInput';

const input = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2';

/** Changes the password, then signs in again with the new one: the change ends every session
 *  signed in before it, this one included. */
export function ChangePasswordForm({ tx, lang, username }: { tx: AdminText; lang: Lang; username: string }) {
  const [error, setError] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    const r = await tryApi({
      method: 'PUT',
      path: '/me/password',
      lang,
      body: { currentPassword: f.get('currentPassword'), newPassword: f.get('newPassword') },
    });
    if (!r.ok) {
      setBusy(false);
      return setError(r.error);
    }
    // The new password is set; a failed fresh sign-in (network) just leads to the sign-in page.
    await credentialsSignIn(username, String(f.get('newPassword'))).catch(() => 'wrong');
    window.location.replace(new URL('/', window.location.origin));
  }
  return (
    <form onSubmit={submit} className="space-y-3">
      <label className="block text-sm font-medium">
        {tx.current}
        <input name="currentPassword" type="password" required autoComplete="current-password" className={input} />
        {error?.fields?.currentPassword && (
          <span className="mt-1 block text-sm text-red-700">{error.fields.currentPassword}</span>
        )}
      </label>
      <label className="block text-sm font-medium">
        {tx.newPassword}
        <NewPasswordInput name="newPassword" hintId="new-hint" hint={tx.passwordHint} className={input} />
        {error?.fields?.newPassword && (
          <span className="mt-1 block text-sm text-red-700" data-testid="error-newPassword">
            {error.fields.newPassword}
          </span>
        )}
      </label>
      {error && !error.fields && <p className="text-sm text-red-700">{error.message}</p>}
      <button
        type="submit"
        disabled={busy}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {tx.save}
      </button>
    </form>
  );
}
