'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { MAX_BACKDATE_DAYS, movementBody, type MovementType } from '@/lib/stock/schemas';
import { fmtDay, fmtInt } from '@/lib/format';
import { BLANK_UNIT, stockDict, type Unit } from '@/lib/i18n/items';
import type { Lang } from '@/lib/i18n/dict';
import { useAdoptTypedValues, useHydrated, useOutboxSubmit } from '@/components/field/useOutboxSubmit';
import { NamedOptions, ValueOptions } from '@/components/ui/NamedOptions';
import { messageIn } from '@/lib/i18n/messages';
import { EditingNotice } from '@/components/field/EditingNotice';
import { errorLink, FieldError } from '@/components/ui/FieldError';

interface Reversible {
  id: number;
  type: string;
  quantity: number;
  occurredOn: string;
}

type Values = Record<
  'type' | 'quantity' | 'occurredOn' | 'reference' | 'note' | 'counterpartCode' | 'countedOnHand' | 'reversesId',
  string
> & { requisitionId: string };

const DRAWS = new Set(['PRINTED', 'SPOILED', 'TRANSFER', 'DISTRIBUTION']);
const WITH_QUANTITY = ['RECEIPT', 'PRINTED', 'SPOILED', 'TRANSFER', 'DISTRIBUTION'];
const int = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(/\./g, '').replace(',', '.')));

function toBody(v: Values) {
  const b: Record<string, unknown> = { type: v.type, occurredOn: v.occurredOn };
  if (WITH_QUANTITY.includes(v.type)) b.quantity = int(v.quantity);
  if ((v.type === 'TRANSFER' || v.type === 'DISTRIBUTION') && v.counterpartCode) b.counterpartCode = v.counterpartCode;
  if (v.type === 'ADJUSTMENT') b.countedOnHand = int(v.countedOnHand);
  if (v.type === 'REVERSAL') b.reversesId = int(v.reversesId);
  if (v.type === 'RECEIPT' && v.requisitionId) b.requisitionId = int(v.requisitionId);
  if (v.reference.trim()) b.reference = v.reference;
  if (v.note.trim()) b.note = v.note;
  return b;
}

/** "Dicetak 25 keping · 1 Des 2026" in both languages, for the device outbox's list. */
function summaryOf(v: Values, unit: Unit): Record<Lang, string> {
  const line = (lang: Lang) => {
    const s = stockDict(lang, unit);
    const n =
      v.type === 'ADJUSTMENT'
        ? `${s.counted} ${v.countedOnHand}`
        : v.type === 'REVERSAL'
          ? `#${v.reversesId}`
          : `${v.quantity} ${unit[lang]}`;
    return `${s.typeLabel[v.type] ?? v.type} ${n} · ${fmtDay(v.occurredOn, lang)}${v.reference ? ` · ${v.reference}` : ''}`;
  };
  return { id: line('id'), en: line('en') };
}

/** Records a movement: validates as you type (the API's own schema), refuses an over-draw
 *  with the balance and the asked quantity. The entry goes through the device outbox: kept on
 *  the phone first, sent with its own Idempotency-Key, booked once however often it is retried,
 *  and kept (listed as waiting) when there is no signal. */
export function MovementForm({
  item,
  code,
  lang,
  onHand,
  today,
  earliest,
  types,
  siblings,
  reversible,
  requisitions = [],
}: {
  /** the item of the ledger (SPEC §16), sent in the body; its unit words the messages */
  item?: { code: string; unit: Unit };
  code: string;
  lang: Lang;
  onHand: number;
  today: string;
  earliest: string;
  types: MovementType[];
  siblings: { code: string; name: string }[];
  reversible: Reversible[];
  /** open requisitions a warehouse RECEIPT may be booked against (SPEC §17) */
  requisitions?: { id: number; label: string }[];
}) {
  const s = stockDict(lang, item?.unit);
  const router = useRouter();
  const empty: Values = {
    type: types[0],
    quantity: '',
    occurredOn: today,
    reference: '',
    note: '',
    counterpartCode: '',
    countedOnHand: '',
    reversesId: '',
    requisitionId: '',
  };
  const [v, setV] = useState<Values>(empty);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [outcome, setOutcome] = useState<{ kind: 'ok' | 'error' | 'queued'; text: string } | null>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();
  useAdoptTypedValues(formRef, v, setV);
  const {
    submit: send,
    pending,
    editingNotice,
  } = useOutboxSubmit<{ onHand: number }>('stock-movement', lang, (e) => {
    // "edit and resend" of a refused entry: its values and the server's reason are back in the form
    setV({ ...empty, ...(e.form as Partial<Values>) });
    setTouched(Object.fromEntries(Object.keys(empty).map((k) => [k, true])));
    if (e.error) {
      setServerFields(e.error.fields);
      setOutcome({ kind: 'error', text: e.error.message });
    }
  });

  const body = { ...toBody(v), item: item?.code };
  const parsed = movementBody.safeParse(body);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const i of parsed.error.issues) errors[String(i.path[0])] ??= messageIn(i.message, lang);
  const q = int(v.quantity);
  if (DRAWS.has(v.type) && q !== undefined && Number.isInteger(q) && q > onHand)
    errors.quantity = s.overdraw(fmtInt(onHand), fmtInt(q));
  if (v.occurredOn > today)
    errors.occurredOn =
      lang === 'en'
        ? `The date cannot be after today (${fmtDay(today, lang)}).`
        : `Tanggal tidak boleh melewati hari ini (${fmtDay(today, lang)}).`;
  if (v.occurredOn && v.occurredOn < earliest)
    errors.occurredOn =
      lang === 'en'
        ? `The date cannot be more than ${MAX_BACKDATE_DAYS} days back.`
        : `Tanggal paling lama ${MAX_BACKDATE_DAYS} hari yang lalu.`;
  const valid = Object.keys(errors).length === 0;
  const shown = (k: string) => (touched[k] ? (errors[k] ?? serverFields[k]) : serverFields[k]);

  const set =
    (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
      setV((old) => ({ ...old, [k]: e.target.value }));
      setTouched((t) => ({ ...t, [k]: true }));
      setServerFields({});
      setOutcome(null);
    };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTouched(Object.fromEntries(Object.keys(v).map((k) => [k, true])));
    if (!valid || !parsed.success || pending) return;
    const r = await send({
      method: 'POST',
      path: `/stock/${code}/movements`,
      body: parsed.data,
      summary: summaryOf(v, item?.unit ?? BLANK_UNIT),
      form: v,
    });
    if (r.state === 'refused') {
      setServerFields(r.error.fields);
      setOutcome({ kind: 'error', text: r.error.message });
      return;
    }
    setOutcome(
      r.state === 'sent' ? { kind: 'ok', text: s.saved(fmtInt(r.data.onHand)) } : { kind: 'queued', text: r.message },
    );
    setV({ ...empty, type: v.type, occurredOn: v.occurredOn });
    setTouched({});
    if (r.state === 'sent') router.refresh();
  };

  const field = (k: keyof Values, label: string, input: React.ReactNode) => (
    <div>
      <label htmlFor={`mv-${k}`} className="mb-1 block text-sm text-slate-700">
        {label}
      </label>
      {input}
      <FieldError id={`mv-${k}`} error={shown(k)} className="mt-1 text-sm text-red-700" testId={`err-${k}`} />
    </div>
  );
  const cls = (k: string) => `w-full rounded-md border px-2 py-1.5 ${shown(k) ? 'border-red-600' : 'border-slate-300'}`;
  /** what ties a control to its value and its error line */
  const bind = (k: keyof Values) => ({
    id: `mv-${k}`,
    name: k,
    value: v[k],
    onChange: set(k),
    className: cls(k),
    ...errorLink(`mv-${k}`, shown(k)),
  });
  const adjDiff = v.type === 'ADJUSTMENT' ? int(v.countedOnHand) : undefined;

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-2" aria-label={s.record}>
      {editingNotice && <EditingNotice className="sm:col-span-2">{editingNotice}</EditingNotice>}
      {field(
        'type',
        s.type,
        <select id="mv-type" name="type" value={v.type} onChange={set('type')} className={cls('type')}>
          <ValueOptions values={types} label={(t) => s.typeLabel[t]} />
        </select>,
      )}
      {field('occurredOn', s.date, <input {...bind('occurredOn')} type="date" min={earliest} max={today} />)}
      {WITH_QUANTITY.includes(v.type) &&
        field('quantity', s.quantity, <input {...bind('quantity')} inputMode="numeric" autoComplete="off" />)}
      {(v.type === 'TRANSFER' || v.type === 'DISTRIBUTION') &&
        field(
          'counterpartCode',
          s.receiver,
          <select {...bind('counterpartCode')}>
            <option value="">{s.choose}</option>
            <NamedOptions items={siblings} />
          </select>,
        )}
      {v.type === 'ADJUSTMENT' && (
        <>
          {field(
            'countedOnHand',
            s.counted,
            <input {...bind('countedOnHand')} inputMode="numeric" autoComplete="off" />,
          )}
          {adjDiff !== undefined && Number.isInteger(adjDiff) && (
            <p className="self-end text-sm text-slate-700" data-testid="adj-diff">
              {s.difference(`${adjDiff - onHand > 0 ? '+' : ''}${fmtInt(adjDiff - onHand)}`)}
            </p>
          )}
        </>
      )}
      {v.type === 'REVERSAL' &&
        field(
          'reversesId',
          s.reverses,
          <select {...bind('reversesId')}>
            <option value="">{s.choose}</option>
            {reversible.map((m) => (
              <option key={m.id} value={m.id}>
                #{m.id} · {fmtDay(m.occurredOn, lang)} · {s.typeLabel[m.type]} · {fmtInt(m.quantity)}
              </option>
            ))}
          </select>,
        )}
      {v.type === 'RECEIPT' &&
        requisitions.length > 0 &&
        field(
          'requisitionId',
          lang === 'en' ? 'Against requisition' : 'Untuk permintaan',
          // unnamed, as it has always been: a value picked before the scripts ran is not adopted
          <select {...bind('requisitionId')} name={undefined}>
            <option value="">{s.choose}</option>
            {requisitions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>,
        )}
      {field('reference', s.reference, <input {...bind('reference')} maxLength={100} />)}
      {field('note', v.type === 'ADJUSTMENT' ? s.reason : s.note, <input {...bind('note')} maxLength={500} />)}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={!hydrated || pending}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {pending ? s.saving : s.submit}
        </button>
        <p
          role="status"
          aria-live="polite"
          data-testid="movement-outcome"
          className={`text-sm ${outcome?.kind === 'ok' ? 'text-emerald-800' : outcome?.kind === 'queued' ? 'text-amber-900' : 'text-red-700'}`}
        >
          {outcome?.text}
        </p>
      </div>
    </form>
  );
}
