'use client';
import type { Lang } from '@/lib/i18n/dict';

import { useState } from 'react';
import { SEGMENTS } from '@/lib/ikd/rules';
import type { IkdRegency } from '@/lib/ikd/queries';
import { ikdDict } from '@/lib/i18n/ikd';
import { fmtDay, fmtInt } from '@/lib/format';
import { SaveMessage, buttonCls, inputCls, useIkdEntry } from './ui';
import { ExportLinks } from '@/components/ExportLinks';
import type { ApiFailure } from '@/lib/client/api';
import { useHydrated, useOutboxSubmit } from '@/components/field/useOutboxSubmit';
import { HeadRow } from '@/components/ui/HeadRow';
import { Captioned } from '@/components/ui/Captioned';
import { ValueOptions } from '@/components/ui/NamedOptions';
import { Card } from '@/components/ui/Card';
import { DataForm } from '@/components/ui/DataForm';
import { EditingNotice } from '@/components/field/EditingNotice';
import { DataTable } from '@/components/ui/DataTable';

/** A campaign's line in the device outbox, in both languages. */
function summaryOf(kind: 'plan' | 'result', place: string, n: string, day?: string) {
  const line = (lang: Lang) => {
    const t = ikdDict(lang);
    return kind === 'plan'
      ? `${t.planCampaign}: ${place} · ${fmtDay(day ?? '', lang)} · ${t.planned} ${n}`
      : `${t.achieved}: ${place} · ${n}`;
  };
  return { id: line('id'), en: line('en') };
}

type Campaign = IkdRegency['campaigns'][number];

function RecordResult({ code, c, lang }: { code: string; c: Campaign; lang: Lang }) {
  const t = ikdDict(lang);
  const hydrated = useHydrated();
  const { submit, pending } = useOutboxSubmit('campaign', lang);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  return (
    <form
      className="flex flex-wrap items-center gap-1"
      onSubmit={async (e) => {
        e.preventDefault();
        if (pending) return;
        const form = e.currentTarget;
        const achieved = String(new FormData(form).get('achieved') ?? '');
        setError(null);
        const r = await submit({
          method: 'PATCH',
          path: `/ikd/${code}/campaigns/${c.id}`,
          body: { achieved: Number(achieved) },
          summary: summaryOf('result', c.place, achieved),
          form: { achieved },
        });
        if (r.state === 'refused') return setError(r.error);
        form.reset();
        setOk(r.state === 'sent' ? t.saved : r.message);
      }}
    >
      <input
        name="achieved"
        type="number"
        min={0}
        required
        aria-label={`${t.achieved}: ${c.place}`}
        className={`${inputCls} w-20`}
      />
      <button
        className="rounded-md border border-brand-700 px-2 py-1 text-xs font-semibold text-brand-800"
        disabled={!hydrated || pending}
      >
        {t.recordAchieved}
      </button>
      <SaveMessage error={error} ok={ok} testId={`campaign-${c.id}`} />
    </form>
  );
}

/** Jemput bola campaigns: the list with planned vs achieved, a plan form and result entry. */
export function Campaigns({
  code,
  today,
  lang,
  campaigns,
  totals,
  canWrite,
}: {
  code: string;
  today: string;
  lang: Lang;
  campaigns: Campaign[];
  totals: IkdRegency['campaignTotals'];
  canWrite: boolean;
}) {
  const t = ikdDict(lang);
  const { save, ok, error, pending, hydrated, editing, editingNotice } = useIkdEntry('campaign', lang);
  const was = editing?.path.endsWith('/campaigns') ? editing.form : null;
  return (
    <Card id="campaigns" title={t.campaigns} titleClass="mb-1 font-semibold">
      <p className="mb-2 text-xs text-slate-600">
        {t.campaignTotals(fmtInt(totals.achieved), fmtInt(totals.plannedOfRecorded))}
      </p>
      {campaigns.length === 0 ? (
        <p className="text-sm text-slate-600">{t.noCampaigns}</p>
      ) : (
        <ExportLinks href={`/api/v1/ikd/${code}/campaigns`} lang={lang} testId="campaigns-export" />
      )}
      {campaigns.length > 0 && (
        <DataTable
          className="w-full min-w-[560px] text-sm"
          testId="campaigns"
          headClass="bg-slate-50 text-left text-xs text-slate-600"
          head={
            <HeadRow
              cellClass="px-2 py-2"
              cells={[t.date, t.place, t.segmentHeading, [t.planned, 'px-2 py-2 text-right'], t.achieved]}
            />
          }
        >
          {campaigns.map((c) => (
            <tr key={c.id} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap px-2 py-2">{fmtDay(c.day, lang)}</td>
              <td className="px-2 py-2">
                {c.place}
                {c.notes && <span className="block text-xs text-slate-600">{c.notes}</span>}
              </td>
              <td className="px-2 py-2">{t.segment[c.segment] ?? c.segment}</td>
              <td className="num px-2 py-2 text-right">{fmtInt(c.planned)}</td>
              <td className="num px-2 py-2">
                {c.achieved !== null ? (
                  fmtInt(c.achieved)
                ) : canWrite && c.day <= today ? (
                  <RecordResult code={code} c={c} lang={lang} />
                ) : (
                  <span className="text-xs text-slate-600">{t.notRecorded}</span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {canWrite && (
        <>
          <h3 className="mt-4 text-sm font-medium">{t.planCampaign}</h3>
          {was && (
            <EditingNotice className="mt-1">
              {editingNotice} {editing?.error?.message}
            </EditingNotice>
          )}
          <DataForm
            data-testid="campaign-form"
            className="mt-1 grid gap-2 sm:grid-cols-3 sm:items-end"
            key={editing?.id ?? 'new'}
            onData={async (data, form) => {
              const f = Object.fromEntries(
                ['day', 'place', 'segment', 'planned', 'notes'].map((k) => [k, String(data.get(k) ?? '')]),
              );
              const sent = await save(
                {
                  method: 'POST',
                  path: `/ikd/${code}/campaigns`,
                  body: {
                    day: f.day,
                    place: f.place,
                    segment: f.segment,
                    planned: Number(f.planned),
                    notes: f.notes || null,
                  },
                  summary: summaryOf('plan', f.place, f.planned, f.day),
                  form: f,
                },
                () => t.saved,
              );
              if (sent) form.reset();
            }}
          >
            <Captioned caption={t.date}>
              <input name="day" type="date" required defaultValue={was?.day ?? today} className={inputCls} />
            </Captioned>
            <Captioned caption={t.place}>
              <input
                name="place"
                required
                minLength={2}
                maxLength={200}
                defaultValue={was?.place}
                className={inputCls}
              />
            </Captioned>
            <Captioned caption={t.segmentHeading}>
              <select name="segment" className={inputCls} defaultValue={was?.segment ?? 'ASN_TNI_POLRI'}>
                <ValueOptions values={SEGMENTS} label={(s) => t.segment[s]} />
              </select>
            </Captioned>
            <Captioned caption={t.planned}>
              <input name="planned" type="number" min={1} required defaultValue={was?.planned} className={inputCls} />
            </Captioned>
            <label className="text-sm sm:col-span-2">
              <span className="mb-1 block text-slate-600">{t.notes}</span>
              <input name="notes" maxLength={1000} defaultValue={was?.notes} className={inputCls} />
            </label>
            <button className={buttonCls} disabled={!hydrated || pending}>
              {pending ? t.saving : t.plan}
            </button>
          </DataForm>
          <SaveMessage error={error ?? null} ok={ok} testId="campaign" />
        </>
      )}
    </Card>
  );
}
