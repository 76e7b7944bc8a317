'use client';
import type { Lang } from '@/lib/i18n/dict';

import { useState } from 'react';
import { ikdDict } from '@/lib/i18n/ikd';
import { fmtDay, fmtInt } from '@/lib/format';
import { SaveMessage, buttonCls, inputCls, useApiWrite, useIkdEntry } from './ui';
import { Captioned } from '@/components/ui/Captioned';
import { Card } from '@/components/ui/Card';
import { DataForm } from '@/components/ui/DataForm';
import { EditingNotice } from '@/components/field/EditingNotice';

function summaryOf(wajibKtp: string, validFrom: string) {
  const line = (lang: Lang) =>
    `${ikdDict(lang).wajibKtp} ${wajibKtp} · ${ikdDict(lang).validFrom} ${fmtDay(validFrom, lang)}`;
  return { id: line('id'), en: line('en') };
}

/** Wajib KTP (valid from a date, history kept; through the device outbox like every field
 *  entry) and the one-time baseline (needs the connection: it is set once, at the office). */
export function PopulationForm({
  code,
  today,
  lang,
  population,
  baseline,
}: {
  code: string;
  today: string;
  lang: Lang;
  population: { validFrom: string; wajibKtp: number }[];
  baseline: { asOf: string; activations: number } | null;
}) {
  const t = ikdDict(lang);
  const pop = useIkdEntry('population', lang);
  const { hydrated, pending, editing, editingNotice } = pop;
  const base = useApiWrite(lang);
  const [baseOk, setBaseOk] = useState<string | null>(null);
  const int = (v: FormDataEntryValue | null) => Number(String(v ?? '').replace(/[.\s]/g, ''));
  return (
    <Card id="population" title={t.population}>
      <DataForm
        data-testid="population-form"
        className="grid gap-2 sm:grid-cols-3 sm:items-end"
        key={editing?.id ?? 'new'}
        onData={async (f, form) => {
          const wajibKtp = String(f.get('wajibKtp') ?? '');
          const validFrom = String(f.get('validFrom') ?? '');
          const sent = await pop.save(
            {
              method: 'PUT',
              path: `/ikd/${code}/population`,
              body: { wajibKtp: int(wajibKtp), validFrom },
              summary: summaryOf(wajibKtp, validFrom),
              form: { wajibKtp, validFrom },
            },
            () => t.saved,
          );
          if (sent) form.reset();
        }}
      >
        {editingNotice && (
          <EditingNotice className="sm:col-span-3">
            {editingNotice} {editing?.error?.message}
          </EditingNotice>
        )}
        <Captioned caption={t.wajibKtp}>
          <input
            name="wajibKtp"
            inputMode="numeric"
            required
            defaultValue={editing?.form.wajibKtp}
            className={inputCls}
          />
        </Captioned>
        <Captioned caption={t.validFrom}>
          <input
            name="validFrom"
            type="date"
            required
            max={today}
            defaultValue={editing?.form.validFrom}
            className={inputCls}
          />
        </Captioned>
        <button className={buttonCls} disabled={!hydrated || pending}>
          {pending ? t.saving : t.save}
        </button>
      </DataForm>
      <SaveMessage error={pop.error} ok={pop.ok} testId="population" />
      <h3 className="mt-3 text-sm font-medium">{t.history}</h3>
      <ul className="text-sm" data-testid="population-history">
        {population.map((p) => (
          <li key={p.validFrom} className="num">
            {fmtDay(p.validFrom, lang)}: {fmtInt(p.wajibKtp)}
          </li>
        ))}
      </ul>

      <h3 className="mt-4 text-sm font-medium">{t.baseline}</h3>
      {baseline ? (
        <p className="text-sm" data-testid="baseline">
          {t.baselineSet(fmtInt(baseline.activations), fmtDay(baseline.asOf, lang))}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t.baselineNone}</p>
          <DataForm
            data-testid="baseline-form"
            className="mt-1 grid gap-2 sm:grid-cols-3 sm:items-end"
            onData={(f) => {
              setBaseOk(null);
              base.mutate(
                {
                  method: 'PUT',
                  url: `/api/v1/ikd/${code}/baseline`,
                  body: { activations: int(f.get('activations')), asOf: String(f.get('asOf')) },
                },
                { onSuccess: () => setBaseOk(t.saved) },
              );
            }}
          >
            <Captioned caption={t.baselineActivations}>
              <input name="activations" inputMode="numeric" required className={inputCls} />
            </Captioned>
            <Captioned caption={t.baselineDate}>
              <input name="asOf" type="date" required max={today} className={inputCls} />
            </Captioned>
            <button className={buttonCls} disabled={!hydrated || base.isPending}>
              {base.isPending ? t.saving : t.setBaseline}
            </button>
          </DataForm>
        </>
      )}
      <SaveMessage error={base.error} ok={baseOk} testId="baseline" />
    </Card>
  );
}
