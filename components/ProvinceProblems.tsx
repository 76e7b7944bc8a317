import Link from 'next/link';
import { coverTone, type ProblemRow } from '@/lib/overview/rules';
import { COVER_TONE, homeDict } from '@/lib/i18n/home';
import type { Lang } from '@/lib/i18n/dict';
import { fmtDay, fmtInt } from '@/lib/format';
import { Card } from '@/components/ui/Card';

type Lists = { out: ProblemRow[]; belowMinimum: ProblemRow[]; stockoutSoon: ProblemRow[]; overdue: ProblemRow[] };

/** A days-of-cover chip coloured by how soon the stock runs out (159 cards for 5 days is red,
 *  1,420 for 29 days green). */
export function CoverChip({ onHand, daysOfCover, lang }: { onHand: number; daysOfCover: number | null; lang: Lang }) {
  const h = homeDict(lang);
  return (
    <span
      className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ${COVER_TONE[coverTone(onHand, daysOfCover)]}`}
    >
      {daysOfCover === null ? '–' : h.days(fmtInt(Math.floor(daysOfCover)))}
    </span>
  );
}

/** Where a province's problems are, as four lists with counts (out, below minimum, runs out within
 *  14 days, overdue), each regency linking to its stock page. */
export function ProvinceProblems({ lists, lang }: { lists: Lists; lang: Lang }) {
  const h = homeDict(lang);
  const groups = [
    { key: 'out', title: h.problemOut, rows: lists.out, tone: 'border-red-300' },
    { key: 'below', title: h.problemBelow, rows: lists.belowMinimum, tone: 'border-amber-300' },
    { key: 'soon', title: h.problemSoon, rows: lists.stockoutSoon, tone: 'border-amber-300' },
    { key: 'overdue', title: h.problemOverdue, rows: lists.overdue, tone: 'border-red-300' },
  ] as const;
  return (
    <Card id="problems" title={h.problemsTitle} titleClass="mb-2 font-semibold text-brand-800" testId="problems">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {groups.map((g) => (
          <section
            key={g.key}
            aria-labelledby={`problem-${g.key}`}
            data-testid={`problem-${g.key}`}
            data-count={g.rows.length}
            className={`rounded-lg border-l-4 bg-slate-50 p-3 ${g.rows.length > 0 ? g.tone : 'border-emerald-300'}`}
          >
            <h3 id={`problem-${g.key}`} className="text-sm font-semibold">
              {g.title} <span className="num">({fmtInt(g.rows.length)})</span>
            </h3>
            {g.rows.length === 0 ? (
              <p className="mt-1 text-sm text-slate-700">{h.noneInList}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {g.rows.map((r) => (
                  <li key={r.code} className="flex flex-wrap items-baseline justify-between gap-x-2">
                    <Link href={`/stok?kode=${r.code}`} className="font-medium text-brand-700 underline">
                      {r.name}
                    </Link>
                    {g.key === 'overdue' ? (
                      <span className="text-xs text-slate-700">
                        {h.lastUpdate}: {r.lastUpdatedOn ? fmtDay(r.lastUpdatedOn, lang) : h.never}
                      </span>
                    ) : (
                      <span className="num text-xs">
                        {fmtInt(r.onHand)} · <CoverChip onHand={r.onHand} daysOfCover={r.daysOfCover} lang={lang} />
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <p className="mt-2 text-xs text-slate-700">{homeDict(lang).coverLegend}</p>
    </Card>
  );
}
