'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { requisitionDict } from '@/lib/i18n/requisitions';
import type { Lang } from '@/lib/i18n/dict';
import { ApiFailure, callApi, newIdempotencyKey } from '@/lib/client/api';
import { LabeledInput } from '@/components/ui/LabeledInput';
import { errorLink, FieldError } from '@/components/ui/FieldError';

const int = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(/\./g, '')));

/** Drafts a requisition of the head's province: months and a province cohort (split by wajib
 *  KTP on the server), then opens the draft to edit and submit it. */
export function DraftForm({ province, lang }: { province: string; lang: Lang }) {
  const d = requisitionDict(lang);
  const router = useRouter();
  const [months, setMonths] = useState('3');
  const [cohort, setCohort] = useState('');
  const [error, setError] = useState<{ text: string; fields: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);
  const keyRef = useRef<string | null>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = { months: int(months) };
    const c = int(cohort);
    if (c !== undefined) body.cohort = { total: c };
    keyRef.current ??= newIdempotencyKey();
    setBusy(true);
    setError(null);
    try {
      const r = await callApi<{ id: number }>({
        method: 'POST',
        path: `/provinces/${province}/requisitions`,
        body,
        lang,
        idempotencyKey: keyRef.current,
      });
      router.push(`/permintaan/${r.id}`);
    } catch (err) {
      keyRef.current = null;
      setError({ text: (err as Error).message, fields: err instanceof ApiFailure ? err.fields : {} });
      setBusy(false);
    }
  };
  const fieldErr = (k: string) => (
    <FieldError id={`rq-${k}`} error={error?.fields[k]} className="mt-1 text-sm text-red-700" />
  );
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="draft-title"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="draft-title" className="text-lg font-semibold">
        {d.draftTitle}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <LabeledInput
          id="rq-months"
          label={d.months}
          inputMode="numeric"
          value={months}
          onChange={(e) => setMonths(e.target.value)}
          className="w-full rounded-md border border-slate-300 px-2 py-1.5"
          {...errorLink('rq-months', error?.fields.months)}
        >
          {fieldErr('months')}
        </LabeledInput>
        <LabeledInput
          id="rq-cohort"
          label={d.cohortTotal}
          inputMode="numeric"
          value={cohort}
          onChange={(e) => setCohort(e.target.value)}
          className="w-full rounded-md border border-slate-300 px-2 py-1.5"
          aria-describedby="rq-cohort-hint"
          aria-invalid={Boolean(error?.fields['cohort.total'] ?? error?.fields.cohort)}
        >
          <p id="rq-cohort-hint" className="mt-1 text-xs text-slate-600">
            {d.cohortHint}
          </p>
          {fieldErr('cohort.total')}
          {fieldErr('cohort')}
        </LabeledInput>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {busy ? d.drafting : d.draft}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-red-700" data-testid="draft-outcome">
          {error?.text}
        </p>
      </div>
    </form>
  );
}
