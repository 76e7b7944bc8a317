'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { minimumBody } from '@/lib/stock/schemas';
import { stockDict } from '@/lib/i18n/stock';
import type { Lang } from '@/lib/i18n/dict';
import { callApi } from '@/lib/client/api';
import { LabeledInput } from '@/components/ui/LabeledInput';
import { messageIn } from '@/lib/i18n/messages';
import { errorLink, FieldError } from '@/components/ui/FieldError';

export function MinimumForm({
  code,
  minimum,
  lang,
  item,
}: {
  code: string;
  minimum: number;
  lang: Lang;
  item?: string;
}) {
  const s = stockDict(lang);
  const router = useRouter();
  const [value, setValue] = useState(String(minimum));
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const parsed = minimumBody.safeParse({ minimum: value.trim() === '' ? undefined : Number(value.replace(/\./g, '')) });
  const error = parsed.success ? null : messageIn(parsed.error.issues[0].message, lang);
  const m = useMutation({
    mutationFn: (n: number) =>
      callApi<{ minimum: number }>({ method: 'PUT', path: `/stock/${code}/minimum`, body: { minimum: n, item }, lang }),
    onSuccess: () => {
      setMsg({ ok: true, text: s.minimumSaved });
      router.refresh();
    },
    onError: (e) => setMsg({ ok: false, text: e.message }),
  });
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (parsed.success) m.mutate(parsed.data.minimum);
      }}
    >
      <LabeledInput
        id="minimum"
        label={s.setMinimum}
        inputMode="numeric"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setMsg(null);
        }}
        {...errorLink('minimum', error)}
        className="w-32 rounded-md border border-slate-300 px-2 py-1.5"
      />
      <button
        type="submit"
        disabled={!parsed.success || m.isPending}
        className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white disabled:opacity-60"
      >
        {s.save}
      </button>
      <FieldError id="minimum" error={error} />
      <p role="status" className={`w-full text-sm ${msg?.ok ? 'text-emerald-800' : 'text-red-700'}`}>
        {msg?.text}
      </p>
    </form>
  );
}
