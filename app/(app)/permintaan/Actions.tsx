'use client';

import { requisitionDict } from '@/lib/i18n/requisitions';
import type { Lang } from '@/lib/i18n/dict';
import { callApi } from '@/lib/client/api';
import { usePageWrite } from '@/components/usePageWrite';

const STEP_CLASS = {
  submit: 'rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60',
  cancel: 'rounded-md border border-red-700 px-3 py-2 text-sm font-semibold text-red-800 disabled:opacity-60',
} as const;

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
  const { busy, outcome, run } = usePageWrite();
  const act = (action: 'submit' | 'cancel') => {
    if (action === 'cancel' && !window.confirm(d.confirmCancel)) return;
    void run(() => callApi({ method: 'PUT', path: `/requisitions/${id}`, body: { action }, lang }));
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {(
        [
          ['submit', canSubmit],
          ['cancel', canCancel],
        ] as const
      ).map(
        ([action, may]) =>
          may && (
            <button
              key={action}
              type="button"
              disabled={busy}
              onClick={() => act(action)}
              className={STEP_CLASS[action]}
            >
              {d[action]}
            </button>
          ),
      )}
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {outcome?.text}
      </p>
    </div>
  );
}
