'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { STOCK_DICTS } from '@/lib/i18n/stock';
import type { Lang } from '@/lib/i18n/dict';
import { callApi, isNetworkError, newIdempotencyKey } from './client';

/** One-click confirmation of a proposed TRANSFER (rebalancing), retried safely with one key. */
export function TransferButton({
  fromCode,
  toCode,
  quantity,
  today,
  lang,
  label,
}: {
  fromCode: string;
  toCode: string;
  quantity: number;
  today: string;
  lang: Lang;
  label: string;
}) {
  const s = STOCK_DICTS[lang];
  const router = useRouter();
  const key = useRef<string | null>(null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const m = useMutation({
    mutationFn: () =>
      callApi(
        'POST',
        `/stock/${fromCode}/movements`,
        {
          type: 'TRANSFER',
          quantity,
          counterpartCode: toCode,
          occurredOn: today,
          reference: `PENYEIMBANGAN/${today}`,
          note: 'Penyeimbangan stok antar kabupaten/kota',
        },
        lang,
        key.current,
      ),
    retry: (n, e) => isNetworkError(e) && n < 2,
    onSuccess: () => {
      setMsg({ ok: true, text: s.transferred });
      router.refresh();
    },
    onError: (e) => {
      if (!isNetworkError(e)) key.current = null;
      setMsg({ ok: false, text: isNetworkError(e) ? s.networkError : e.message });
    },
  });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={m.isPending || m.isSuccess}
        onClick={() => {
          key.current ??= newIdempotencyKey();
          m.mutate();
        }}
        aria-label={`${s.transferConfirm}: ${label}`}
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
      >
        {s.transferConfirm}
      </button>
      <span role="status" className={`text-sm ${msg?.ok ? 'text-emerald-800' : 'text-red-700'}`}>
        {msg?.text}
      </span>
    </div>
  );
}
