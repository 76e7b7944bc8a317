import Link from 'next/link';
import type { OfficerToday as Today } from '@/lib/overview/today';
import { coverTone } from '@/lib/overview/rules';
import { COVER_TONE, homeDict } from '@/lib/i18n/home';
import type { Lang } from '@/lib/i18n/dict';
import { fmtDay, fmtDec, fmtInt } from '@/lib/format';
import { StatusBadge } from '@/app/(app)/stok/StatusBadge';
import { Card } from '@/components/ui/Card';

function Task({
  title,
  done,
  detail,
  href,
  testId,
  lang,
}: {
  title: string;
  done: boolean;
  detail: string;
  href: string;
  testId: string;
  lang: Lang;
}) {
  const h = homeDict(lang);
  return (
    <li
      data-testid={testId}
      data-done={done ? 'yes' : 'no'}
      className={`rounded-xl border-2 bg-white p-4 ${done ? 'border-emerald-300' : 'border-amber-400'}`}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 className="text-lg font-semibold">{title}</h3>
        <span
          className={`whitespace-nowrap rounded px-2 py-0.5 text-sm font-semibold ${done ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-900'}`}
        >
          {done ? `✓ ${h.done}` : h.notYet}
        </span>
      </div>
      <p className="mt-1 text-sm text-slate-700">{detail}</p>
      <Link
        href={href}
        className={`mt-3 inline-block rounded-md px-4 py-2 text-sm font-semibold ${done ? 'border border-brand-700 text-brand-700' : 'bg-brand-700 text-white'}`}
      >
        {title}
      </Link>
    </li>
  );
}

/** The top of a district officer's home: today's two tasks, the stock and its days of cover, and
 *  what is overdue, each linking to the form that clears it. */
export function OfficerToday({ d, lang }: { d: Today; lang: Lang }) {
  const h = homeDict(lang);
  const s = d.stock;
  const tone = coverTone(s.onHand, s.daysOfCover);
  const stockHref = `/stok?kode=${d.regency.code}#record`;
  const ikdHref = `/ikd?scope=${d.regency.code}#hari-ini`;
  return (
    <section aria-labelledby="today" className="space-y-3" data-testid="officer-today">
      <div>
        <h1 id="today" className="text-2xl font-bold">
          {h.todayTitle(d.regency.name)}
        </h1>
        <p className="text-sm text-slate-700">{fmtDay(d.today, lang)}</p>
      </div>
      <ul className="grid gap-3 md:grid-cols-2">
        <Task
          title={h.usageTask}
          done={d.usage.done}
          detail={d.usage.done ? h.usageDone(fmtInt(d.usage.quantity)) : h.usageNotYet}
          href={stockHref}
          testId="task-usage"
          lang={lang}
        />
        <Task
          title={h.ikdTask}
          done={d.ikd.done}
          detail={d.ikd.done ? h.ikdDone(fmtInt(d.ikd.activations)) : h.ikdNotYet}
          href={ikdHref}
          testId="task-ikd"
          lang={lang}
        />
      </ul>
      <div className="grid gap-3 md:grid-cols-2">
        <Card
          id="my-stock"
          title={
            <>
              {h.stockTitle} <StatusBadge status={s.status} lang={lang} />
            </>
          }
          titleClass="mb-2 flex items-center justify-between gap-2 font-semibold text-brand-800"
        >
          <p className="text-sm">
            <span className="num text-2xl font-bold" data-testid="my-onhand">
              {fmtInt(s.onHand)}
            </span>{' '}
            / {fmtInt(s.minimum)} {h.minimum}
          </p>
          <p className="mt-2 text-sm">
            {h.cover}:{' '}
            <span className={`rounded px-1.5 py-0.5 font-semibold ${COVER_TONE[tone]}`} data-testid="my-cover">
              {s.daysOfCover === null ? h.noUse : h.days(fmtInt(Math.floor(s.daysOfCover)))}
            </span>
          </p>
          <dl className="mt-2 grid grid-cols-2 gap-2 text-sm">
            <div>
              <dt className="text-slate-700">{h.avgUse}</dt>
              <dd className="num font-medium">
                {fmtDec(s.avgDailyUse)}
                {h.perDay}
              </dd>
            </div>
            <div>
              <dt className="text-slate-700">{h.runsOut}</dt>
              <dd className="font-medium" data-testid="my-stockout">
                {s.projectedStockoutDate ? fmtDay(s.projectedStockoutDate, lang) : '–'}
              </dd>
            </div>
          </dl>
        </Card>
        <Card
          id="my-overdue"
          title={`${h.overdueTitle} (${fmtInt(d.overdue.length)})`}
          titleClass="mb-2 font-semibold text-brand-800"
        >
          {d.overdue.length === 0 ? (
            <p className="text-sm text-slate-700">{h.nothingOverdue}</p>
          ) : (
            <ul className="space-y-2 text-sm" data-testid="my-overdue-list">
              {d.overdue.map((o) => (
                <li key={o.what} className="rounded-md bg-red-50 p-2 text-red-900">
                  <Link href={o.what === 'STOCK' ? stockHref : ikdHref} className="font-semibold underline">
                    {o.what === 'STOCK' ? h.overdueStock : h.overdueIkd}
                  </Link>{' '}
                  {o.lastDay ? h.since(fmtDay(o.lastDay, lang), fmtInt(o.daysSince ?? 0)) : h.never}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </section>
  );
}
