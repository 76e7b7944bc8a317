'use client';
import type { Lang } from '@/lib/i18n/dict';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { tryApi } from '@/lib/client/api';
import { periodsDict } from '@/lib/i18n/periods';

/** A head marks a flagged entry checked with a note (POST /api/v1/anomalies/{id}/check). */
export function AnomalyCheck({ anomalyId, lang }: { anomalyId: number; lang: Lang }) {
  const d = periodsDict(lang);
  const router = useRouter();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `check-${anomalyId}`;
  return (
    <form
      className="mt-1 flex flex-wrap items-end gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const res = await tryApi({
          method: 'POST',
          path: `/anomalies/${anomalyId}/check`,
          body: { note: note.trim() },
          lang,
        });
        setBusy(false);
        if (res.ok) {
          setMsg({ ok: true, text: d.checkedDone });
          router.refresh();
        } else setMsg({ ok: false, text: res.error.fields?.note ?? res.error.message });
      }}
    >
      <label htmlFor={id} className="sr-only">
        {d.checkNote}
      </label>
      <input
        id={id}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={d.checkNote}
        required
        maxLength={500}
        className="min-w-0 grow rounded-md border border-slate-400 px-2 py-1 text-sm"
        data-testid={`check-note-${anomalyId}`}
      />
      <button
        type="submit"
        disabled={busy || note.trim() === ''}
        className="rounded-md bg-brand-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-60"
        data-testid={`check-${anomalyId}`}
      >
        {d.markChecked}
      </button>
      <p role="status" className={`w-full text-sm ${msg?.ok ? 'text-emerald-800' : 'text-red-700'}`}>
        {msg?.text}
      </p>
    </form>
  );
}
