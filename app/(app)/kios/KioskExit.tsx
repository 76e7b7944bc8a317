'use client';

import { useState } from 'react';
import type { Lang } from '@/lib/i18n/dict';
import { queueDict } from '@/lib/i18n/queue';
import { credentialsSignIn } from '@/components/credentialsSignIn';

/** Leaving kiosk mode: the account's password is checked by signing in again, then the session
 *  is signed out; a resident tapping the small "Staf" button gets no further. */
export function KioskExit({ username, lang }: { username: string; lang: Lang }) {
  const q = queueDict(lang);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <button
        type="button"
        data-testid="kiosk-staff"
        onClick={() => setOpen(true)}
        className="rounded px-2 py-1 text-xs text-slate-500 underline print:hidden"
      >
        {q.staffExit}
      </button>
    );
  }
  return (
    <form
      data-testid="kiosk-exit"
      aria-label={q.exitTitle}
      className="mt-2 flex flex-wrap items-end gap-2 rounded-lg border border-slate-300 bg-white p-3 print:hidden"
      onSubmit={async (e) => {
        e.preventDefault();
        const password = String(new FormData(e.currentTarget).get('password') ?? '');
        setBusy(true);
        setError(null);
        try {
          const r = await credentialsSignIn(username, password);
          if (r !== 'ok') return setError(q.wrongPassword);
          const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
          await fetch('/api/auth/signout', {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ csrfToken, json: 'true' }),
          });
          window.location.replace(new URL('/login', window.location.origin));
        } catch {
          setError(q.kioskOffline);
        } finally {
          setBusy(false);
        }
      }}
    >
      <p className="w-full text-sm font-semibold">{q.exitTitle}</p>
      <label className="flex grow flex-col text-sm">
        {q.password}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 rounded-md border border-slate-300 px-2 py-2"
        />
      </label>
      <button type="submit" disabled={busy} className="rounded-lg bg-slate-800 px-3 py-2 font-semibold text-white">
        {q.exitConfirm}
      </button>
      <button type="button" onClick={() => setOpen(false)} className="rounded-lg border px-3 py-2">
        {q.cancel}
      </button>
      <p className="w-full text-xs text-slate-600">{q.exitHint}</p>
      {error && (
        <p data-testid="kiosk-exit-error" className="w-full rounded-md bg-red-50 p-2 text-sm text-red-900">
          {error}
        </p>
      )}
    </form>
  );
}
