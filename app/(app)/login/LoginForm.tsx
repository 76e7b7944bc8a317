'use client';

import { useState, useSyncExternalStore } from 'react';
import { credentialsSignIn } from '@/components/credentialsSignIn';
import { LabeledInput } from '@/components/ui/LabeledInput';

type Texts = Record<
  'signIn' | 'signingIn' | 'username' | 'password' | 'wrongPassword' | 'rateLimited' | 'networkError' | 'fillBoth',
  string
>;

const noSubscription = () => () => {};

/** The sign-in form: a 429 from the rate limit shows its own message instead of a generic failure.
 *  Until the script has taken over (one bar of signal: seconds), the button waits, disabled: a
 *  native submit would have sent the form as GET, the password in the address bar and history.
 *  What is typed meanwhile stays (the inputs are uncontrolled), and the form says POST anyway. */
export function LoginForm({ t }: { t: Texts }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) return setError(t.fillBoth);
    setBusy(true);
    setError(null);
    try {
      const result = await credentialsSignIn(username, password);
      if (result === 'rateLimited') return setError(t.rateLimited);
      if (result === 'wrong') return setError(t.wrongPassword);
      window.location.replace(new URL('/', window.location.origin));
    } catch {
      setError(t.networkError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <LabeledInput
        id="username"
        label={t.username}
        labelClass="mb-1 block text-sm font-medium text-slate-700"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        required
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-base"
      />
      <LabeledInput
        id="password"
        label={t.password}
        labelClass="mb-1 block text-sm font-medium text-slate-700"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-base"
      />
      {error && (
        <p data-testid="login-error" role="status" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={busy || !ready}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {busy ? t.signingIn : t.signIn}
      </button>
    </form>
  );
}
