'use client';

import { useState } from 'react';
import type { Lang } from '@/lib/i18n/dict';
import { fieldDict } from '@/lib/i18n/field';
import { useOutbox } from '@/lib/client/useOutbox';
import { forgetSessionCaches } from './field/ServiceWorker';
import { InlineConfirm } from './field/InlineConfirm';

/** next-auth sign-out: fetch the CSRF token, POST it, then go to the sign-in page. With entries
 *  of this user still waiting on the device, it asks first (they stay, and go when the user signs
 *  in again). The pages kept for use offline belong to this session and are forgotten. */
export function SignOutButton({ label, lang }: { label: string; lang: Lang }) {
  const f = fieldDict(lang);
  const { entries } = useOutbox();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      await forgetSessionCaches();
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
  const cls = 'rounded-md border border-white/40 px-3 py-1.5 text-sm font-medium hover:bg-white/10 disabled:opacity-60';
  if (asking) {
    return (
      <InlineConfirm
        message={f.signOutWarn(entries.length)}
        yes={f.signOutYes}
        no={f.cancel}
        onYes={signOut}
        onNo={() => setAsking(false)}
        busy={busy}
        testId="signout-warning"
        className="rounded-md bg-amber-100 p-2 text-sm text-slate-950"
      />
    );
  }
  return (
    <button
      type="button"
      onClick={() => (entries.length > 0 ? setAsking(true) : void signOut())}
      disabled={busy}
      className={cls}
    >
      {label}
    </button>
  );
}
