'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { fmtInt } from '@/lib/format';
import { stockDict } from '@/lib/i18n/stock';
import type { Lang } from '@/lib/i18n/dict';
import { ApiFailure, callApi, newIdempotencyKey } from '@/lib/client/api';

const isNetworkError = (e: unknown) => e instanceof ApiFailure && e.isNetwork;

export interface Proposal {
  fromCode: string;
  toCode: string;
  fromName: string;
  toName: string;
  quantity: number;
}

/** The proposed TRANSFERs of the rebalancing view, each confirmed with one click (retried
 *  safely with one key). Confirmed transfers stay listed in a status area after the page's
 *  figures refresh and the proposal itself goes away. */
export function ProposalList({
  proposals,
  today,
  lang,
  item,
  emptyNote,
}: {
  proposals: Proposal[];
  today: string;
  lang: Lang;
  /** the item of the transfers (SPEC §16; default e-KTP blanks) */
  item?: string;
  /** why nothing is proposed, in words that match the lists beside it */
  emptyNote?: string;
}) {
  const s = stockDict(lang);
  const router = useRouter();
  const [done, setDone] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const keys = useRef(new Map<string, string>());
  const m = useMutation({
    mutationFn: (p: Proposal) =>
      callApi({
        method: 'POST',
        path: `/stock/${p.fromCode}/movements`,
        body: {
          type: 'TRANSFER',
          item,
          quantity: p.quantity,
          counterpartCode: p.toCode,
          occurredOn: today,
          reference: `PENYEIMBANGAN/${today}`,
          note: 'Penyeimbangan stok antar kabupaten/kota',
        },
        lang,
        idempotencyKey: keys.current.get(`${p.fromCode}>${p.toCode}:${p.quantity}`),
      }),
    retry: (n, e) => isNetworkError(e) && n < 2,
    onSuccess: (_r, p) => {
      keys.current.delete(`${p.fromCode}>${p.toCode}:${p.quantity}`);
      setDone((d) => [...d, `${s.transferred} ${s.fromTo(p.fromName, p.toName)} · ${fmtInt(p.quantity)}`]);
      setError(null);
      router.refresh();
    },
    onError: (e, p) => {
      if (!isNetworkError(e)) keys.current.delete(`${p.fromCode}>${p.toCode}:${p.quantity}`);
      setError(isNetworkError(e) ? s.networkError : e.message);
    },
  });
  return (
    <>
      <div role="status" aria-live="polite" data-testid="transfer-outcome" className="text-sm">
        {done.map((d) => (
          <p key={d} className="text-emerald-800">
            {d}
          </p>
        ))}
        {error && <p className="text-red-700">{error}</p>}
      </div>
      {proposals.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="no-proposals">
          {emptyNote ?? s.noProposals}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="proposals">
          {proposals.map((p) => {
            const label = s.fromTo(p.fromName, p.toName);
            return (
              <li
                key={`${p.fromCode}-${p.toCode}`}
                data-from={p.fromCode}
                data-to={p.toCode}
                data-quantity={p.quantity}
                className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
              >
                <span>
                  <span className="font-medium">{label}</span> · <span className="num">{fmtInt(p.quantity)}</span>
                </span>
                <button
                  type="button"
                  disabled={m.isPending}
                  onClick={() => {
                    const k = `${p.fromCode}>${p.toCode}:${p.quantity}`;
                    if (!keys.current.has(k)) keys.current.set(k, newIdempotencyKey());
                    m.mutate(p);
                  }}
                  aria-label={`${s.transferConfirm}: ${label}`}
                  className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
                >
                  {s.transferConfirm}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
