'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { requisitionDict } from '@/lib/i18n/requisitions';
import type { Lang } from '@/lib/i18n/dict';
import { callApi } from '@/lib/client/api';

/** Submit and cancel (PUT /requisitions/{id} {action}); the server refuses a wrong step (409). */
export function Actions({
  id,
  canSubmit,
  canCancel,
  lang,
}: {
  id: number;
  canSubmit: boolean;
  canCancel: boolean;
  lang: Lang;
}) {
  const d = requisitionDict(lang);
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: 'submit' | 'cancel') => {
    if (action === 'cancel' && !window.confirm(d.confirmCancel)) return;
    setBusy(true);
    setError(null);
    try {
      await callApi({ method: 'PUT', path: `/requisitions/${id}`, body: { action }, lang });
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canSubmit && (
        <button
          type="button"
          disabled={busy}
          onClick={() => act('submit')}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {d.submit}
        </button>
      )}
      {canCancel && (
        <button
          type="button"
          disabled={busy}
          onClick={() => act('cancel')}
          className="rounded-md border border-red-700 px-3 py-2 text-sm font-semibold text-red-800 disabled:opacity-60"
        >
          {d.cancel}
        </button>
      )}
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
