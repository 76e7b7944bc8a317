'use client';

import type { InputHTMLAttributes, ReactNode } from 'react';
import Link from 'next/link';
import type { Lang } from '@/lib/i18n/dict';
import { queueDict, type QueueDict } from '@/lib/i18n/queue';
import type { CounterView, OfficeView } from '@/lib/queue/offices';
import { OFFICE_KINDS, SERVICES } from '@/lib/queue/rules';
import { api } from '@/lib/queue/client';
import { fmtInt } from '@/lib/format';
import { ExportLinks } from '@/components/ExportLinks';
import { ValueOptions } from '@/components/ui/NamedOptions';
import { DataForm } from '@/components/ui/DataForm';
import { usePageWrite } from '@/components/usePageWrite';

const input = 'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5';
const button =
  'rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60';

/** One form's submit: sends, shows the answer (or the API's message), refreshes the page data. */
function useSubmit(lang: Lang) {
  const { busy, outcome: message, run } = usePageWrite();
  const submit = (url: string, method: 'POST' | 'PATCH' | 'PUT', body: unknown, onDone?: () => void) =>
    run(() => api(url, lang, { method, body }), queueDict(lang).saved, onDone);
  const note = message && (
    <p
      role={message.ok ? 'status' : 'alert'}
      data-testid="form-message"
      className={`text-sm ${message.ok ? 'text-emerald-800' : 'text-red-800'}`}
    >
      {message.text}
    </p>
  );
  return { busy, submit, note };
}

/** An input of the office and counter forms with its label above it. */
function Field({ id, label, ...props }: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string }) {
  return (
    <label className="text-sm" htmlFor={id}>
      {label}
      <input id={id} className={input} {...props} />
    </label>
  );
}

/** A counter's daily capacity (tickets a day). */
function CapacityField({ id, q, value }: { id: string; q: QueueDict; value: number }) {
  return (
    <Field
      id={id}
      label={q.capacity}
      name="capacity"
      type="number"
      min={1}
      max={1000}
      defaultValue={value}
      className={`${input} w-24`}
    />
  );
}

/** A form's submit button, then what became of its last submit (across `span` of the grid). */
function SubmitRow({ write, label, span }: { write: ReturnType<typeof useSubmit>; label: string; span: string }) {
  return (
    <>
      <button type="submit" className={button} disabled={write.busy}>
        {label}
      </button>
      <div className={span}>{write.note}</div>
    </>
  );
}

/** A form of an office card, folded away under the line that opens it. */
function FoldedForm({
  summary,
  className,
  onData,
  children,
}: {
  summary: string;
  className: string;
  onData: (data: FormData, form: HTMLFormElement) => void;
  children: ReactNode;
}) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-brand-700">{summary}</summary>
      <DataForm className={className} onData={onData}>
        {children}
      </DataForm>
    </details>
  );
}

function servicesOf(form: FormData) {
  return SERVICES.filter((s) => form.get(`svc-${s}`) === 'on');
}

function ServiceBoxes({
  q,
  chosen,
  idPrefix,
  disabled = false,
}: {
  q: QueueDict;
  chosen: string[];
  idPrefix: string;
  disabled?: boolean;
}) {
  return (
    <fieldset className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      <legend className="mb-1 text-slate-600">{q.services}</legend>
      {SERVICES.map((s) => (
        <label key={s} htmlFor={`${idPrefix}-${s}`} className="flex items-center gap-1">
          <input
            id={`${idPrefix}-${s}`}
            type="checkbox"
            name={`svc-${s}`}
            defaultChecked={chosen.includes(s)}
            disabled={disabled}
          />
          {s.replace('_', '-')}
        </label>
      ))}
    </fieldset>
  );
}

function CounterForm({ c, lang }: { c: CounterView; lang: Lang }) {
  const q = queueDict(lang);
  const write = useSubmit(lang);
  const id = `counter-${c.id}`;
  return (
    <DataForm
      className="grid gap-2 border-t border-slate-100 py-2 sm:grid-cols-[1fr_2fr_auto_auto_auto] sm:items-end"
      aria-label={c.name}
      onData={(f) =>
        write.submit(`/api/v1/counters/${c.id}`, 'PATCH', {
          name: f.get('name'),
          services: servicesOf(f),
          capacity: f.get('capacity'),
          isOpen: f.get('isOpen') === 'on',
        })
      }
    >
      <Field id={`${id}-name`} label={q.name} name="name" defaultValue={c.name} />
      <ServiceBoxes q={q} chosen={c.services} idPrefix={`${id}-svc`} />
      <CapacityField id={`${id}-cap`} q={q} value={c.capacity} />
      <label className="flex items-center gap-1 text-sm" htmlFor={`${id}-open`}>
        <input id={`${id}-open`} name="isOpen" type="checkbox" defaultChecked={c.isOpen} />
        {q.isOpen}
      </label>
      <SubmitRow write={write} label={q.save} span="sm:col-span-5" />
    </DataForm>
  );
}

function OfficeCard({
  o,
  lang,
  canManage,
  manageHere,
}: {
  o: OfficeView;
  lang: Lang;
  canManage: boolean;
  /** a wider view whose viewer may manage this office on its regency's page */
  manageHere: boolean;
}) {
  const q = queueDict(lang);
  const edit = useSubmit(lang);
  const add = useSubmit(lang);
  const id = `office-${o.id}`;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-3" data-testid={id}>
      <h2 className="font-semibold">
        {o.name}{' '}
        <span className="text-sm font-normal text-slate-600">
          · {q.kind[o.kind] ?? o.kind} · {o.opensAt}–{o.closesAt} · {fmtInt(o.counters.length)}{' '}
          {q.counters.toLowerCase()}
        </span>
      </h2>
      <p className="text-sm">
        <Link className="text-brand-700 underline" href={`/layar?kantor=${o.id}`}>
          {q.openBoard}
        </Link>
        {manageHere && (
          <>
            {' · '}
            <Link className="text-brand-700 underline" href={`/kantor?scope=${o.regencyCode}`}>
              {q.editOffice}
            </Link>
          </>
        )}
      </p>
      {canManage && (
        <FoldedForm
          summary={q.editOffice}
          className="mt-2 grid gap-2 sm:grid-cols-4 sm:items-end"
          onData={(f) =>
            edit.submit(`/api/v1/offices/${o.id}`, 'PATCH', {
              name: f.get('name'),
              kind: f.get('kind'),
              opensAt: f.get('opensAt'),
              closesAt: f.get('closesAt'),
              quotas: Object.fromEntries(
                SERVICES.map((svc) => {
                  const v = String(f.get(`quota-${svc}`) ?? '').trim();
                  return [svc, v === '' ? null : Number(v.replace(/\./g, ''))];
                }),
              ),
            })
          }
        >
          <OfficeFields q={q} idPrefix={id} o={o} />
          <QuotaFields q={q} idPrefix={id} o={o} />
          <SubmitRow write={edit} label={q.save} span="sm:col-span-4" />
        </FoldedForm>
      )}
      {canManage ? (
        <div className="mt-2">
          {o.counters.map((c) => (
            <CounterForm key={c.id} c={c} lang={lang} />
          ))}
        </div>
      ) : (
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {o.counters.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{c.name}</span> · {c.services.map((x) => x.replace('_', '-')).join(', ')} ·{' '}
              {q.capacity.toLowerCase()} {fmtInt(c.capacity)} · {c.isOpen ? q.open : q.closed}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <FoldedForm
          summary={q.newCounter}
          className="mt-2 grid gap-2 sm:grid-cols-[1fr_2fr_auto_auto] sm:items-end"
          onData={(f, form) =>
            add.submit(
              `/api/v1/offices/${o.id}/counters`,
              'POST',
              { name: f.get('name'), services: servicesOf(f), capacity: f.get('capacity') || 60 },
              () => form.reset(),
            )
          }
        >
          <Field id={`${id}-new-name`} label={q.name} name="name" placeholder={`Loket ${o.counters.length + 1}`} />
          <ServiceBoxes q={q} chosen={['IKD']} idPrefix={`${id}-new-svc`} />
          <CapacityField id={`${id}-new-cap`} q={q} value={60} />
          <SubmitRow write={add} label={q.add} span="sm:col-span-4" />
        </FoldedForm>
      )}
    </li>
  );
}

/** SPEC §13: the office's own daily quota per service; empty means the capacity of the open
 *  counters serving it (shown as the placeholder). */
function QuotaFields({ q, idPrefix, o }: { q: QueueDict; idPrefix: string; o: OfficeView }) {
  const capacityOf = (svc: CounterView['services'][number]) =>
    o.counters.filter((c) => c.isOpen && c.services.includes(svc)).reduce((sum, c) => sum + c.capacity, 0);
  return (
    <fieldset className="sm:col-span-4" data-testid={`${idPrefix}-quotas`}>
      <legend className="text-sm font-medium">{q.quotas}</legend>
      <p className="text-xs text-slate-700" id={`${idPrefix}-quota-hint`}>
        {q.quotasHint}
      </p>
      <div className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {SERVICES.map((svc) => (
          <Field
            key={svc}
            id={`${idPrefix}-quota-${svc}`}
            label={q.service[svc]}
            name={`quota-${svc}`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100000}
            defaultValue={o.quotas[svc] ?? ''}
            placeholder={fmtInt(capacityOf(svc))}
            aria-describedby={`${idPrefix}-quota-hint`}
          />
        ))}
      </div>
    </fieldset>
  );
}

function OfficeFields({ q, idPrefix, o }: { q: QueueDict; idPrefix: string; o?: OfficeView }) {
  return (
    <>
      <Field id={`${idPrefix}-name`} label={q.name} name="name" defaultValue={o?.name ?? ''} />
      <label className="text-sm" htmlFor={`${idPrefix}-kind`}>
        {q.officeKind}
        <select id={`${idPrefix}-kind`} name="kind" defaultValue={o?.kind ?? 'KECAMATAN'} className={input}>
          <ValueOptions values={OFFICE_KINDS} label={(k) => q.kind[k]} />
        </select>
      </label>
      {(
        [
          ['opens', 'opensAt', '08:00'],
          ['closes', 'closesAt', '15:00'],
        ] as const
      ).map(([suffix, name, usual]) => (
        <Field
          key={name}
          id={`${idPrefix}-${suffix}`}
          label={q[name]}
          name={name}
          type="time"
          defaultValue={o?.[name] ?? usual}
        />
      ))}
    </>
  );
}

export function OfficesAdmin({
  offices,
  lang,
  scope,
  regencyCode,
  canManage,
  manageable,
}: {
  offices: OfficeView[];
  lang: Lang;
  /** the region shown (the scope of the export) */
  scope: string;
  regencyCode: string | null;
  canManage: boolean;
  /** regency codes the viewer may manage (each on its own page) */
  manageable: string[];
}) {
  const q = queueDict(lang);
  const create = useSubmit(lang);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-2xl font-bold">{q.officesTitle}</h1>
        <ExportLinks href={`/api/v1/offices?scope=${scope}`} lang={lang} testId="offices-export" />
      </div>
      {!canManage && <p className="text-sm text-slate-600">{manageable.length > 0 ? q.pickRegency : q.readOnly}</p>}
      <ul className="space-y-3">
        {offices.map((o) => (
          <OfficeCard
            key={o.id}
            o={o}
            lang={lang}
            canManage={canManage}
            manageHere={!canManage && manageable.includes(o.regencyCode)}
          />
        ))}
      </ul>
      {canManage && regencyCode && (
        <section aria-labelledby="new-office" className="rounded-xl border border-slate-200 bg-white p-3">
          <h2 id="new-office" className="mb-2 font-semibold">
            {q.newOffice}
          </h2>
          <DataForm
            className="grid gap-2 sm:grid-cols-5 sm:items-end"
            onData={(f, form) =>
              create.submit(
                '/api/v1/offices',
                'POST',
                {
                  regencyCode,
                  name: f.get('name'),
                  kind: f.get('kind'),
                  opensAt: f.get('opensAt'),
                  closesAt: f.get('closesAt'),
                },
                () => form.reset(),
              )
            }
          >
            <OfficeFields q={q} idPrefix="new-office" />
            <SubmitRow write={create} label={q.add} span="sm:col-span-5" />
          </DataForm>
        </section>
      )}
    </div>
  );
}
