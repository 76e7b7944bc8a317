import type { Lang } from '@/lib/i18n/dict';
import { can, type Actor } from '@/lib/auth/permissions';
import { periodsDict } from '@/lib/i18n/periods';
import { stockDict } from '@/lib/i18n/stock';
import { monthContents } from '@/lib/periods/periods';
import { monthName, type PeriodState } from '@/lib/periods/rules';
import { fmtDay, fmtInt } from '@/lib/format';
import { PeriodActions } from './PeriodActions';

/** Month close pieces shared by /periode and /laporan (SPEC §14). */
export function StateBadge({ state, lang }: { state: PeriodState; lang: Lang }) {
  const d = periodsDict(lang);
  const cls =
    state === 'APPROVED'
      ? 'bg-emerald-100 text-emerald-900'
      : state === 'SUBMITTED'
        ? 'bg-amber-100 text-amber-900'
        : 'bg-slate-100 text-slate-800';
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${cls}`} data-testid="period-state">
      {d.states[state]}
    </span>
  );
}

/** What the officer's month holds, with the submit button (also used on the report page). */
export async function MonthSummary({
  code,
  month,
  lang,
  actor,
  state,
  ended,
  lastDay,
}: {
  code: string;
  month: string;
  lang: Lang;
  actor: Actor;
  state: PeriodState;
  ended: boolean;
  lastDay: string;
}) {
  const d = periodsDict(lang);
  const s = stockDict(lang);
  const c = await monthContents(actor, code, month);
  const canSubmit = can(actor, 'period.submit', code);
  return (
    <section className="no-print mb-4 rounded-xl border border-slate-200 bg-white p-4" data-testid="month-summary">
      <h2 className="mb-2 font-semibold">
        {d.inMonth}: {monthName(month, lang)}
      </h2>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-700">{d.movements}</dt>
          <dd className="font-semibold">
            {fmtInt(c.movements.reduce((n, m) => n + m.count, 0))}
            {c.movements.length > 0 && (
              <span className="block font-normal text-slate-700">
                {c.movements
                  .map((m) => `${s.typeLabel[m.type as keyof typeof s.typeLabel] ?? m.type} ${fmtInt(m.quantity)}`)
                  .join(' · ')}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-700">{d.ikdDays}</dt>
          <dd className="font-semibold">{fmtInt(c.ikdDays)}</dd>
        </div>
        <div>
          <dt className="text-slate-700">{d.activations}</dt>
          <dd className="font-semibold">{fmtInt(c.activations)}</dd>
        </div>
        <div>
          <dt className="text-slate-700">{d.campaigns}</dt>
          <dd className="font-semibold">{fmtInt(c.campaigns)}</dd>
        </div>
      </dl>
      {canSubmit && state === 'OPEN' && (
        <div className="mt-3">
          <p className="mb-2 text-sm text-slate-700">{ended ? d.submitHint : d.notEnded(fmtDay(lastDay, lang))}</p>
          <PeriodActions
            code={code}
            month={month}
            monthLabel={monthName(month, lang).split(' ')[0]}
            state={state}
            canSubmit
            canApprove={false}
            ended={ended}
            lang={lang}
          />
        </div>
      )}
    </section>
  );
}
