'use client';

import { useState } from 'react';

/** next-auth sign-out: fetch the CSRF token, POST it, then go to the sign-in page. */
export function SignOutButton({ label }: { label: string }) {
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
      await fetch('/api/auth/signout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrfToken, json: 'true' }),
      });
    } finally {
      window.location.replace(new URL('/login', window.location.origin));
    }
  };
  return (
    <button
      type="button"
      onClick={signOut}
      disabled={busy}
      className="rounded-md border border-white/40 px-3 py-1.5 text-sm font-medium hover:bg-white/10 disabled:opacity-60"
    >
      {label}
    </button>
  );
}
