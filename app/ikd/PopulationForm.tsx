'use client';

import { useState } from 'react';
import { ikdDict } from '@/lib/i18n/ikd';
import { fmtDay, fmtInt } from '@/lib/format';
import { SaveMessage, buttonCls, inputCls, useApiWrite } from './ui';

/** Wajib KTP (valid from a date, history kept) and the one-time baseline. */
export function PopulationForm({
  code,
  today,
  lang,
  population,
  baseline,
}: {
  code: string;
  today: string;
  lang: 'id' | 'en';
  population: { validFrom: string; wajibKtp: number }[];
  baseline: { asOf: string; activations: number } | null;
}) {
  const t = ikdDict(lang);
  const pop = useApiWrite(lang);
  const base = useApiWrite(lang);
  const [popOk, setPopOk] = useState<string | null>(null);
  const [baseOk, setBaseOk] = useState<string | null>(null);
  const int = (v: FormDataEntryValue | null) => Number(String(v ?? '').replace(/[.\s]/g, ''));
  return (
    <section aria-labelledby="population" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="population" className="mb-2 font-semibold">
        {t.population}
      </h2>
      <form
        data-testid="population-form"
        className="grid gap-2 sm:grid-cols-3 sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          setPopOk(null);
          const f = new FormData(e.currentTarget);
          pop.mutate(
            {
              method: 'PUT',
              url: `/api/v1/ikd/${code}/population`,
              body: { wajibKtp: int(f.get('wajibKtp')), validFrom: String(f.get('validFrom')) },
            },
            { onSuccess: () => setPopOk(t.saved) },
          );
        }}
      >
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{t.wajibKtp}</span>
          <input name="wajibKtp" inputMode="numeric" required className={inputCls} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{t.validFrom}</span>
          <input name="validFrom" type="date" required max={today} className={inputCls} />
        </label>
        <button className={buttonCls} disabled={pop.isPending}>
          {pop.isPending ? t.saving : t.save}
        </button>
      </form>
      <SaveMessage error={pop.error} ok={popOk} testId="population" />
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
          <form
            data-testid="baseline-form"
            className="mt-1 grid gap-2 sm:grid-cols-3 sm:items-end"
            onSubmit={(e) => {
              e.preventDefault();
              setBaseOk(null);
              const f = new FormData(e.currentTarget);
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
            <label className="text-sm">
              <span className="mb-1 block text-slate-600">{t.baselineActivations}</span>
              <input name="activations" inputMode="numeric" required className={inputCls} />
            </label>
            <label className="text-sm">
              <span className="mb-1 block text-slate-600">{t.baselineDate}</span>
              <input name="asOf" type="date" required max={today} className={inputCls} />
            </label>
            <button className={buttonCls} disabled={base.isPending}>
              {base.isPending ? t.saving : t.setBaseline}
            </button>
          </form>
        </>
      )}
      <SaveMessage error={base.error} ok={baseOk} testId="baseline" />
    </section>
  );
}
