'use client';
import type { Lang } from '@/lib/i18n/dict';

import type { IkdRegency } from '@/lib/ikd/queries';
import { ikdDict } from '@/lib/i18n/ikd';
import { fmtDay, fmtDec, fmtInt, fmtPercent } from '@/lib/format';
import { BreakdownChart, DailyChart, ProgressChart } from './IkdChartsLazy';
import { IkdHeading, StatusBadge, TargetBar } from './ui';
import { Stat } from '@/components/ui/Stat';
import { Breadcrumb } from '@/components/ui/Breadcrumb';
import { DayGrid } from './DayGrid';
import { PopulationForm } from './PopulationForm';
import { Campaigns } from './Campaigns';

const href = (scope: string, asOf: string | null) => `/ikd?scope=${scope}${asOf ? `&asOf=${asOf}` : ''}`;

/** A regency's IKD page: progress against target, pace, projection, charts and (for its
 *  officer) the day entry, wajib KTP/baseline and campaigns. */
export function IkdRegencyView({
  data: d,
  lang,
  canWrite,
  canProvince,
  canNational,
}: {
  data: IkdRegency;
  lang: Lang;
  canWrite: boolean;
  canProvince: boolean;
  canNational: boolean;
}) {
  const t = ikdDict(lang);
  const f = d.figures;
  return (
    <div className="space-y-4">
      <Breadcrumb
        links={[
          canNational && { href: href('national', d.asOf), name: 'Indonesia' },
          canProvince && { href: href(d.scope.parent.code, d.asOf), name: d.scope.parent.name },
        ]}
      />
      <IkdHeading data={d} zone={d.scope.timeZone} t={t} lang={lang} />

      {/* the officer's daily task comes before the figures and charts (first on a phone) */}
      {canWrite && !d.asOf && (
        <div id="hari-ini" className="scroll-mt-4" data-testid="ikd-day-entry">
          <DayGrid code={d.scope.code} today={d.today} lang={lang} />
        </div>
      )}

      <section aria-labelledby="ikd-figures" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="ikd-figures" className="mb-2 flex items-center justify-between gap-2 font-semibold text-brand-800">
          {t.activations} <StatusBadge status={f.status} t={t} testId="ikd-status" />
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat
            label={t.activations}
            value={fmtInt(f.activations)}
            testId="ikd-activations"
            hint={d.baseline ? t.baselineNote : undefined}
          />
          <Stat label={t.wajibKtp} value={fmtInt(f.wajibKtp)} testId="ikd-wajib" />
          <Stat label={t.percent} value={fmtPercent(f.percent)} testId="ikd-percent" />
          <Stat
            label={t.target}
            value={`${fmtPercent(d.target.percent)} · ${fmtInt(f.targetPersons)}`}
            testId="ikd-target"
            hint={`${t.targetSource[d.target.source]} ${d.target.year}`}
          />
          <Stat label={t.gap} value={fmtInt(f.gapPersons)} testId="ikd-gap" />
          <Stat label={t.pace30} value={`${fmtDec(f.pace30)}${t.perDay}`} testId="ikd-pace" />
          <Stat label={t.requiredPace} value={`${fmtDec(f.requiredDailyPace)}${t.perDay}`} testId="ikd-required" />
          <Stat
            label={t.projected}
            value={f.projectedTargetDate ? fmtDay(f.projectedTargetDate, lang) : t.noProjection}
            testId="ikd-projected"
          />
        </dl>
        <TargetBar percent={f.percent} target={d.target.percent} t={t} />
        <div className="grid gap-2 lg:grid-cols-2">
          <ProgressChart series={d.series.monthly} t={t} lang={lang} />
          <DailyChart daily={d.series.daily} required={f.requiredDailyPace} t={t} lang={lang} />
          <BreakdownChart
            title={t.chartSegment}
            empty={t.chartEmpty}
            rows={d.breakdown.bySegment.map((s) => ({ name: t.segment[s.segment], activations: s.activations }))}
          />
          <BreakdownChart
            title={t.chartChannel}
            empty={t.chartEmpty}
            rows={d.breakdown.byChannel.map((c) => ({ name: t.channel[c.channel], activations: c.activations }))}
          />
        </div>
      </section>

      <Campaigns
        code={d.scope.code}
        today={d.today}
        lang={lang}
        campaigns={d.campaigns}
        totals={d.campaignTotals}
        canWrite={canWrite && !d.asOf}
      />
      {canWrite && !d.asOf && (
        <PopulationForm
          code={d.scope.code}
          today={d.today}
          lang={lang}
          population={d.population}
          baseline={d.baseline}
        />
      )}
    </div>
  );
}
