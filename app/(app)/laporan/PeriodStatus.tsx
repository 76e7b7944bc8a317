import type { Lang } from '@/lib/i18n/dict';
import Link from 'next/link';
import { can, type Actor } from '@/lib/auth/permissions';
import { getHandle } from '@/lib/db';
import { regionIndex } from '@/lib/regions/queries';
import { periodsDict } from '@/lib/i18n/periods';
import { getPeriod, listPeriods } from '@/lib/periods/periods';
import { lastDayOf, monthEnded } from '@/lib/periods/rules';
import { fmtInstant } from '@/lib/periods/format';
import { localDate } from '@/lib/time';
import { MonthSummary, StateBadge } from '@/components/MonthClose';

/** The month's state on the report (SPEC §14), on screen and in print: a regency's state and
 *  who approved it when; a province's count of approved regencies. The officer submits the
 *  month from here after seeing what is in it (not printed). */
export async function PeriodStatus({
  actor,
  scope,
  month,
  lang,
}: {
  actor: Actor;
  scope: string;
  month: string;
  lang: Lang;
}) {
  const d = periodsDict(lang);
  if (!can(actor, 'period.read', scope)) return null;
  const idx = await regionIndex(await getHandle());
  const tz = idx.byCode.get(scope)?.timeZone ?? 'Asia/Jakarta';
  if (!scope.includes('.')) {
    const list = await listPeriods(actor, { scope, month });
    const approved = list.regencies.filter((x) => x.state === 'APPROVED').length;
    return (
      <p className="text-sm" data-testid="report-period">
        {d.monthState}: {d.regenciesApproved(approved, list.regencies.length)}{' '}
        <Link href={`/periode?scope=${scope}&month=${month}`} className="no-print text-brand-700 underline">
          {d.periodsTitle}
        </Link>
      </p>
    );
  }
  const p = await getPeriod(actor, scope, month);
  const line =
    p.state === 'APPROVED'
      ? d.approvedBy(p.by ?? '–', fmtInstant(p.at, tz, lang))
      : p.state === 'SUBMITTED'
        ? d.submittedBy(p.by ?? '–', fmtInstant(p.at, tz, lang))
        : p.note && p.by
          ? d.reopenedBy(p.by, fmtInstant(p.at, tz, lang), p.note)
          : null;
  return (
    <>
      <p className="text-sm" data-testid="report-period">
        {d.monthState}: <StateBadge state={p.state} lang={lang} />
        {line && <span data-testid="report-period-line"> · {line}</span>}
      </p>
      {p.state === 'OPEN' && can(actor, 'period.submit', scope) && (
        <MonthSummary
          code={scope}
          month={month}
          lang={lang}
          actor={actor}
          state={p.state}
          ended={monthEnded(month, localDate(tz))}
          lastDay={lastDayOf(month)}
        />
      )}
    </>
  );
}
