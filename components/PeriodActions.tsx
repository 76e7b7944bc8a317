'use client';
import type { Lang } from '@/lib/i18n/dict';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { tryApi } from '@/lib/client/api';
import { periodsDict } from '@/lib/i18n/periods';
import type { PeriodState } from '@/lib/periods/rules';
import { usePageWrite } from '@/components/usePageWrite';

type Action = 'submit' | 'approve' | 'reopen';

async function send(code: string, month: string, action: Action, lang: Lang, note?: string) {
  return tryApi<{ state: PeriodState }>({
    method: 'PUT',
    path: `/periods/${code}/${month}`,
    body: note ? { action, note } : { action },
    lang,
  });
}

/** The transitions a user may make on one regency's month (SPEC §14); the server decides. */
export function PeriodActions({
  code,
  month,
  monthLabel,
  state,
  canSubmit,
  canApprove,
  ended,
  lang,
}: {
  code: string;
  month: string;
  monthLabel: string;
  state: PeriodState;
  canSubmit: boolean;
  canApprove: boolean;
  ended: boolean;
  lang: Lang;
}) {
  const d = periodsDict(lang);
  const { busy, outcome: msg, run: write } = usePageWrite();
  const [reopening, setReopening] = useState(false);
  const [note, setNote] = useState('');
  const run = (action: Action, n?: string) =>
    write(
      async () => {
        const res = await send(code, month, action, lang, n);
        // a refusal about the note says so in the note's words
        if (!res.ok) throw new Error(res.error.fields?.note ?? res.error.message);
      },
      d.done,
      () => {
        setReopening(false);
        setNote('');
      },
    );
  const btn = 'rounded-md px-3 py-1.5 text-sm font-semibold disabled:opacity-60';
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canSubmit && state === 'OPEN' && (
        <button
          type="button"
          disabled={busy || !ended}
          onClick={() => run('submit')}
          className={`${btn} bg-brand-700 text-white`}
          data-testid={`submit-${code}`}
        >
          {d.submit(monthLabel)}
        </button>
      )}
      {canApprove && state === 'SUBMITTED' && (
        <button
          type="button"
          disabled={busy}
          onClick={() => run('approve')}
          className={`${btn} bg-emerald-700 text-white`}
          data-testid={`approve-${code}`}
        >
          {d.approve}
        </button>
      )}
      {canApprove && state !== 'OPEN' && !reopening && (
        <button
          type="button"
          disabled={busy}
          onClick={() => setReopening(true)}
          className={`${btn} border border-slate-400 text-slate-800`}
          data-testid={`reopen-${code}`}
        >
          {d.reopen}
        </button>
      )}
      {reopening && (
        <form
          className="flex w-full flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run('reopen', note.trim());
          }}
        >
          <label className="flex grow flex-col text-sm">
            {d.reason}
            <input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              required
              maxLength={500}
              className="rounded-md border border-slate-400 px-2 py-1"
              data-testid={`reason-${code}`}
            />
          </label>
          <button type="submit" disabled={busy || note.trim() === ''} className={`${btn} bg-amber-700 text-white`}>
            {d.reopen}
          </button>
          <button type="button" onClick={() => setReopening(false)} className={`${btn} border border-slate-400`}>
            {d.cancel}
          </button>
        </form>
      )}
      <p role="status" className={`w-full text-sm ${msg?.ok ? 'text-emerald-800' : 'text-red-700'}`}>
        {msg?.text}
      </p>
    </div>
  );
}

/** "Approve all submitted", after a confirmation: one PUT per regency, in code order. */
export function ApproveAll({
  codes,
  month,
  monthLabel,
  lang,
}: {
  codes: string[];
  month: string;
  monthLabel: string;
  lang: Lang;
}) {
  const d = periodsDict(lang);
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<string | null>(null);
  if (codes.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={busy}
        data-testid="approve-all"
        className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        onClick={async () => {
          if (!window.confirm(d.confirmAll(codes.length, monthLabel))) return;
          setBusy(true);
          setMsg(null);
          for (const code of codes) {
            const res = await send(code, month, 'approve', lang);
            if (!res.ok) {
              setMsg(`${code}: ${res.error.message}`);
              break;
            }
          }
          setBusy(false);
          router.refresh();
        }}
      >
        {d.approveAll(codes.length)}
      </button>
      <p role="status" className="text-sm text-red-700">
        {msg}
      </p>
    </div>
  );
}
