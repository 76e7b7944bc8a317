'use client';
import type { Lang } from '@/lib/i18n/dict';

import { ExportLinks } from '@/components/ExportLinks';
import Link from 'next/link';
import type { IkdRanking } from '@/lib/ikd/queries';
import { ikdDict } from '@/lib/i18n/ikd';
import { fmtDay, fmtDec, fmtInt, fmtPercent } from '@/lib/format';
import { ProgressChart } from './IkdChartsLazy';
import { IkdHeading, StatusBadge, TargetBar } from './ui';
import { Stat } from '@/components/ui/Stat';
import { TargetForm } from './TargetForm';
import { HeadRow } from '@/components/ui/HeadRow';
import { DataTable } from '@/components/ui/DataTable';

const href = (scope: string, asOf: string | null) => `/ikd?scope=${scope}${asOf ? `&asOf=${asOf}` : ''}`;

/** A province's regencies (or the nation's provinces) ranked by percent of wajib KTP. */
export function IkdRankingView({
  data: d,
  lang,
  canNational,
  targetScopes,
}: {
  data: IkdRanking;
  lang: Lang;
  canNational: boolean;
  targetScopes: { code: string; name: string }[];
}) {
  const t = ikdDict(lang);
  const isNational = d.scope.level === 'national';
  return (
    <div className="space-y-4">
      {canNational && !isNational && (
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link className="text-brand-700 underline" href={href('national', d.asOf)}>
            Indonesia
          </Link>
        </nav>
      )}
      <IkdHeading data={d} t={t} lang={lang} />

      <section aria-labelledby="ikd-total" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="ikd-total" className="mb-2 flex items-center justify-between gap-2 font-semibold text-brand-800">
          {d.scope.name} <StatusBadge status={d.total.status} t={t} testId="total-status" />
        </h2>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          <Stat label={t.activations} value={fmtInt(d.total.activations)} testId="total-activations" />
          <Stat label={t.wajibKtp} value={fmtInt(d.total.wajibKtp)} testId="total-wajib" />
          <Stat label={t.targetPersons} value={fmtInt(d.total.targetPersons)} testId="total-target-persons" />
          <Stat label={t.gap} value={fmtInt(d.total.gapPersons)} testId="total-gap" />
          <Stat label={t.pace30} value={`${fmtDec(d.total.pace30)}${t.perDay}`} />
          <Stat label={t.requiredPace} value={`${fmtDec(d.total.requiredDailyPace)}${t.perDay}`} />
          <Stat
            label={t.projected}
            value={d.total.projectedTargetDate ? fmtDay(d.total.projectedTargetDate, lang) : t.noProjection}
          />
        </dl>
        <TargetBar percent={d.total.percent} target={d.total.target} t={t} />
        <ProgressChart series={d.series.monthly} t={t} lang={lang} />
      </section>

      <section aria-labelledby="ikd-ranking" className="rounded-xl border border-slate-200 bg-white">
        <h2 id="ikd-ranking" className="px-4 pt-3 font-semibold">
          {isNational ? t.nationalRanking : t.provinceRanking}
        </h2>
        {!isNational && d.rows.length === 1 && <p className="px-4 text-xs text-slate-600">{t.ownRowOnly}</p>}
        <div className="px-4 pt-1">
          <ExportLinks
            href={`/api/v1/ikd?province=${d.scope.code}${d.asOf ? `&asOf=${d.asOf}` : ''}`}
            lang={lang}
            testId="ikd-export"
          />
        </div>
        <DataTable
          className="mt-2 w-full min-w-[760px] text-sm"
          testId="ikd-ranking"
          headClass="bg-slate-50 text-left text-xs text-slate-600"
          head={
            <HeadRow
              cellClass="px-2 py-2 text-right"
              cells={[
                [t.rank, 'px-3 py-2 text-right'],
                [t.region, 'px-2 py-2'],
                t.percent,
                t.target,
                t.activations,
                t.targetPersons,
                t.gap,
                t.requiredPace,
                t.pace30,
                [t.status, 'px-2 py-2'],
              ]}
            />
          }
        >
          {d.rows.map((r) => (
            <tr key={r.code} className="border-t border-slate-100" data-code={r.code}>
              <td className="num px-3 py-2 text-right">{r.rank}</td>
              <td className="px-2 py-2">
                <Link href={href(r.code, d.asOf)} className="font-medium text-brand-700 underline">
                  {r.name}
                </Link>
              </td>
              {(
                [
                  ['percent', fmtPercent(r.percent)],
                  ['target', fmtPercent(r.target)],
                  ['activations', fmtInt(r.activations)],
                  ['targetPersons', fmtInt(r.targetPersons)],
                  ['gap', fmtInt(r.gapPersons)],
                ] as const
              ).map(([col, value]) => (
                <td key={col} className="num px-2 py-2 text-right" data-col={col}>
                  {value}
                </td>
              ))}
              <td className="num px-2 py-2 text-right">{fmtDec(r.requiredDailyPace)}</td>
              <td className="num px-2 py-2 text-right">{fmtDec(r.pace30)}</td>
              <td className="px-2 py-2">
                <StatusBadge status={r.status} t={t} />
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <TargetForm scopes={targetScopes} year={Number(d.today.slice(0, 4))} lang={lang} />
    </div>
  );
}
