'use client';

import { useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { planBody } from '@/lib/stock/schemas';
import { fmtInt } from '@/lib/format';
import { stockDict, type Unit } from '@/lib/i18n/items';
import { itemSearch } from './ItemSwitch';
import type { Lang } from '@/lib/i18n/dict';
import type { AllocationPlan } from '@/lib/stock/queries';
import { ApiFailure, callApi, downloadPost, newIdempotencyKey } from '@/lib/client/api';
import { HeadRow } from '@/components/ui/HeadRow';
import { LabeledInput } from '@/components/ui/LabeledInput';
import { Card } from '@/components/ui/Card';
import { messageIn } from '@/lib/i18n/messages';
import { DataTable } from '@/components/ui/DataTable';
import { errorLink, FieldError } from '@/components/ui/FieldError';

const isNetworkError = (e: unknown) => e instanceof ApiFailure && e.isNetwork;

const parseInt_ = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(/\./g, '')));

/** SPEC §4 planner: enter Q, see the proposal, edit lines keeping the total, confirm. */
export function AllocationPlanner({
  province,
  lang,
  item,
}: {
  province: string;
  lang: Lang;
  /** the item planned (SPEC §16; default e-KTP blanks) and its unit */
  item?: { code: string; unit: Unit };
}) {
  const s = stockDict(lang, item?.unit);
  const [qText, setQText] = useState('');
  const [plan, setPlan] = useState<AllocationPlan | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [reference, setReference] = useState('');
  const [receive, setReceive] = useState(true);
  const [done, setDone] = useState<{ total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = useRef<string | null>(null);

  const q = parseInt_(qText);
  const qParsed = planBody.safeParse({ quantity: Number.isNaN(q) ? undefined : q });
  const qError = qText !== '' && !qParsed.success ? messageIn(qParsed.error.issues[0].message, lang) : null;

  const propose = useMutation({
    mutationFn: (quantity: number) =>
      callApi<AllocationPlan>({
        method: 'POST',
        path: `/provinces/${province}/allocation-plans`,
        body: { quantity, item: item?.code },
        lang,
      }),
    onSuccess: (p) => {
      setPlan(p);
      // lines read as id-ID numbers (1.818), as the rest of the page
      setEdits(Object.fromEntries(p.lines.map((l) => [l.regencyCode, fmtInt(l.quantity)])));
      setDone(null);
      setError(null);
      key.current = null;
    },
    onError: (e) => setError(e.message),
  });

  const lines = (plan?.lines ?? []).map((l) => {
    const n = parseInt_(edits[l.regencyCode] ?? '0');
    const quantity = Number.isInteger(n) && n >= 0 ? n : NaN;
    const onHandAfter = l.onHand + (Number.isNaN(quantity) ? 0 : quantity);
    return { ...l, quantity, onHandAfter, daysOfCoverAfter: l.avgDailyUse > 0 ? onHandAfter / l.avgDailyUse : null };
  });
  const total = lines.reduce((a, l) => a + (Number.isNaN(l.quantity) ? 0 : l.quantity), 0);
  const badLine = lines.some((l) => Number.isNaN(l.quantity));
  const diff = plan ? total - plan.quantity : 0;
  const canConfirm = plan && !badLine && diff === 0 && reference.trim() !== '' && !done;
  // why the button is disabled, in words beside it; else what one tap will write
  const blocked =
    !plan || done
      ? null
      : badLine
        ? s.fixLines
        : diff !== 0
          ? s.mustMatch(`${diff > 0 ? '+' : ''}${fmtInt(diff)}`)
          : reference.trim() === ''
            ? s.referenceRequired
            : null;
  const receiving = lines.filter((l) => l.quantity > 0).length;

  const confirm = useMutation({
    mutationFn: () =>
      callApi<{ total: number }>({
        method: 'POST',
        path: `/provinces/${province}/allocations`,
        body: {
          reference: reference.trim(),
          receive,
          item: item?.code,
          lines: lines.map((l) => ({ regencyCode: l.regencyCode, quantity: l.quantity })),
        },
        lang,
        idempotencyKey: key.current,
      }),
    retry: (n, e) => isNetworkError(e) && n < 2,
    onSuccess: (r) => {
      setDone(r);
      setError(null);
    },
    onError: (e) => {
      if (!isNetworkError(e)) key.current = null;
      setError(isNetworkError(e) ? s.networkError : e.message);
    },
  });

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-2 rounded-xl border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (qParsed.success) propose.mutate(qParsed.data.quantity);
        }}
      >
        <LabeledInput
          id="alloc-q"
          label={s.arriving}
          inputMode="numeric"
          value={qText}
          onChange={(e) => setQText(e.target.value)}
          onBlur={() => qParsed.success && setQText(fmtInt(qParsed.data.quantity))}
          {...errorLink('alloc-q', qError)}
          className="w-40 rounded-md border border-slate-300 px-2 py-1.5"
        />
        <button
          type="submit"
          disabled={!qParsed.success || propose.isPending}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {s.propose}
        </button>
        <FieldError id="alloc-q" error={qError} />
      </form>

      {plan && (
        <Card id="alloc-lines" title={`${s.lines}: ${fmtInt(plan.quantity)}`}>
          <p className="mb-2 flex flex-wrap gap-x-3 gap-y-1 text-sm" data-testid="alloc-export">
            <span className="text-slate-700">{s.proposalDownload}:</span>
            {(['csv', 'xlsx'] as const).map((f) => (
              <button
                key={f}
                type="button"
                className="text-brand-700 underline"
                onClick={() =>
                  downloadPost(
                    `/provinces/${province}/allocation-plans?format=${f}`,
                    { quantity: plan.quantity, item: item?.code },
                    lang,
                  ).catch((e: Error) => setError(isNetworkError(e) ? s.networkError : e.message))
                }
              >
                {f === 'csv' ? s.csv : s.xlsx}
              </button>
            ))}
          </p>
          <DataTable
            region={s.lines}
            className="w-full min-w-[640px] text-sm"
            testId="alloc-table"
            headClass="bg-slate-50 text-left text-xs text-slate-700"
            head={
              <HeadRow
                cellClass="px-2 py-2 text-right"
                cells={[[s.regency, 'px-2 py-2'], s.allocate, s.afterOnHand, s.afterCover, s.onHand, s.minimum]}
              />
            }
            foot={
              <tfoot>
                <tr className="border-t border-slate-300 font-semibold">
                  <td className="px-2 py-2">{s.total}</td>
                  <td className="num px-2 py-2 text-right" data-testid="alloc-total">
                    {fmtInt(total)}
                  </td>
                  <td colSpan={4} />
                </tr>
              </tfoot>
            }
          >
            {lines.map((l) => (
              <tr key={l.regencyCode} className="border-t border-slate-100" data-code={l.regencyCode}>
                <td className="px-2 py-1.5">{l.name}</td>
                <td className="px-2 py-1.5 text-right">
                  <input
                    aria-label={`${s.allocate} ${l.name}`}
                    inputMode="numeric"
                    value={edits[l.regencyCode] ?? ''}
                    disabled={Boolean(done)}
                    onChange={(e) => {
                      setEdits((x) => ({ ...x, [l.regencyCode]: e.target.value }));
                      key.current = null;
                    }}
                    onBlur={() =>
                      !Number.isNaN(l.quantity) && setEdits((x) => ({ ...x, [l.regencyCode]: fmtInt(l.quantity) }))
                    }
                    aria-invalid={Number.isNaN(l.quantity)}
                    className={`num w-24 rounded-md border px-2 py-1 text-right ${Number.isNaN(l.quantity) ? 'border-red-600' : 'border-slate-300'}`}
                  />
                </td>
                <td className="num px-2 py-1.5 text-right">{fmtInt(l.onHandAfter)}</td>
                <td className="num px-2 py-1.5 text-right">
                  {l.daysOfCoverAfter === null ? '–' : `${fmtInt(Math.floor(l.daysOfCoverAfter))} ${s.days}`}
                </td>
                <td className="num px-2 py-1.5 text-right">{fmtInt(l.onHand)}</td>
                <td className="num px-2 py-1.5 text-right">{fmtInt(l.minimum)}</td>
              </tr>
            ))}
          </DataTable>
          {diff !== 0 && (
            <p className="mt-2 text-sm text-red-700" data-testid="alloc-mismatch">
              {s.mustMatch(`${diff > 0 ? '+' : ''}${fmtInt(diff)}`)}
            </p>
          )}
          <form
            className="mt-3 flex flex-wrap items-end gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              if (!canConfirm) return;
              key.current ??= newIdempotencyKey();
              confirm.mutate();
            }}
          >
            <LabeledInput
              id="alloc-ref"
              label={s.reference}
              value={reference}
              maxLength={100}
              onChange={(e) => setReference(e.target.value)}
              className="w-56 rounded-md border border-slate-300 px-2 py-1.5"
            />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={receive} onChange={(e) => setReceive(e.target.checked)} />
              {s.receiveToo} ({fmtInt(plan.quantity)})
            </label>
            <div className="w-full rounded-md bg-slate-50 p-2 text-sm" id="alloc-summary" data-testid="alloc-summary">
              {blocked ? (
                <p className="text-amber-900" data-testid="alloc-blocked">
                  {s.cannotConfirm}: {blocked}
                </p>
              ) : done ? null : (
                <p>
                  {s.willBook(
                    fmtInt(total),
                    fmtInt(receiving),
                    reference.trim(),
                    receive ? fmtInt(plan.quantity) : null,
                  )}
                </p>
              )}
            </div>
            <button
              type="submit"
              disabled={!canConfirm || confirm.isPending}
              aria-describedby="alloc-summary"
              className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
            >
              {s.confirm}
            </button>
          </form>
        </Card>
      )}
      <p
        role="status"
        aria-live="polite"
        data-testid="alloc-outcome"
        className={`text-sm ${done ? 'rounded-md border border-emerald-300 bg-emerald-50 p-3 font-semibold text-emerald-900' : 'text-red-700'}`}
      >
        {done ? s.confirmed(fmtInt(done.total)) : error}
      </p>
      {done && (
        <Link
          href={`/stok?kode=${province}${item ? itemSearch(item.code) : ''}`}
          className="text-sm text-brand-700 underline"
        >
          {s.title}
        </Link>
      )}
    </div>
  );
}
