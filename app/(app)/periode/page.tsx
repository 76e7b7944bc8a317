import type { Lang } from '@/lib/i18n/dict';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { openDashboardPage, pageRead } from '@/lib/pages/read';
import { param, type SearchParams } from '@/lib/pages/params';
import { can, homeScope, type Actor } from '@/lib/auth/permissions';
import { periodsDict } from '@/lib/i18n/periods';
import { getHandle } from '@/lib/db';
import { regionIndex } from '@/lib/regions/queries';
import { listPeriods, periodsQuery, type PeriodList } from '@/lib/periods/periods';
import { monthEnded, monthName } from '@/lib/periods/rules';
import { fmtInstant } from '@/lib/periods/format';
import { localDate } from '@/lib/time';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { RegionSelect } from '@/components/RegionSelect';
import { FilterForm, MonthField } from '@/components/FilterForm';
import { ApproveAll, PeriodActions } from '@/components/PeriodActions';
import { MonthSummary, StateBadge } from '@/components/MonthClose';
import { HeadRow } from '@/components/ui/HeadRow';
import { ToolsHeading } from '@/components/ui/ToolsHeading';
import { DataTable } from '@/components/ui/DataTable';

export const metadata: Metadata = { title: 'Tutup bulan' };
export const dynamic = 'force-dynamic';

/** /periode?scope=&month= — month close (SPEC §14): an officer submits its regency's month after
 *  seeing what is in it; a head sees which regencies submitted which month and approves or
 *  reopens them. */
export default async function PeriodsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const d = periodsDict(lang);
  const parsed = periodsQuery.safeParse({ scope: param(sp.scope), month: param(sp.month) });
  if (!parsed.success) notFound();
  const scope = parsed.data.scope ?? homeScope(actor);
  const { data } = await pageRead(() => listPeriods(actor, { scope, month: parsed.data.month }));
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <h1 className="text-xl font-bold">{d.periodsTitle}</h1>
      <p className="mb-3 text-sm text-slate-700">{d.periodsIntro}</p>
      <FilterForm label={d.periodsTitle} submit={d.show}>
        <RegionSelect scope={scope} may={(c) => can(actor, 'period.read', c)} national label={d.region} lang={lang} />
        <MonthField label={d.month} value={data?.month} />
      </FilterForm>
      {data ? <Periods data={data} scope={scope} lang={lang} actor={actor} /> : <NotAllowed message={t.forbidden} />}
    </AppShell>
  );
}

async function Periods({ data, scope, lang, actor }: { data: PeriodList; scope: string; lang: Lang; actor: Actor }) {
  const d = periodsDict(lang);
  const idx = await regionIndex(await getHandle());
  const label = monthName(data.month, lang);
  const tzOf = (code: string) => idx.byCode.get(code)?.timeZone ?? 'Asia/Jakarta';
  const ended = (code: string) => monthEnded(data.month, localDate(tzOf(code)));
  const submitted = data.regencies.filter((r) => r.state === 'SUBMITTED').map((r) => r.regencyCode);
  const approver = data.regencies.some((r) => can(actor, 'period.approve', r.regencyCode));
  const single = data.regencies.length === 1 ? data.regencies[0] : null;
  return (
    <>
      {single && (
        <MonthSummary
          code={single.regencyCode}
          month={data.month}
          lang={lang}
          actor={actor}
          state={single.state}
          ended={ended(single.regencyCode)}
          lastDay={data.lastDay}
        />
      )}
      {approver && (
        <section className="mb-4" aria-labelledby="pending">
          <h2 id="pending" className="mb-1 font-semibold">
            {d.pending}
          </h2>
          {data.pending.length === 0 ? (
            <p className="text-sm text-slate-700">{d.noPending}</p>
          ) : (
            <ul className="text-sm" data-testid="pending">
              {data.pending.map((p) => (
                <li key={`${p.regencyCode}-${p.month}`}>
                  <Link className="text-brand-700 underline" href={`/periode?scope=${scope}&month=${p.month}`}>
                    {p.name} · {monthName(p.month, lang)}
                  </Link>{' '}
                  <span className="text-slate-700">
                    {d.submittedBy(p.by ?? '–', fmtInstant(p.at, tzOf(p.regencyCode), lang))}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="states">
        <ToolsHeading id="states" title={label}>
          {approver && <ApproveAll codes={submitted} month={data.month} monthLabel={label} lang={lang} />}
        </ToolsHeading>
        <DataTable
          region={label}
          className="w-full min-w-[640px] text-sm"
          testId="periods"
          head={
            <HeadRow
              className="text-left text-slate-700"
              cellClass="px-2 py-1"
              cells={[d.regency, d.state, d.byAt, d.note, d.actions]}
            />
          }
        >
          {data.regencies.map((r) => (
            <tr
              key={r.regencyCode}
              className="border-t border-slate-200 align-top"
              data-state={r.state}
              data-code={r.regencyCode}
            >
              <td className="px-2 py-1.5">
                {r.name} <span className="text-slate-600">({r.regencyCode})</span>
              </td>
              <td className="px-2 py-1.5">
                <StateBadge state={r.state} lang={lang} />
              </td>
              <td className="px-2 py-1.5">{r.by ? `${r.by} · ${fmtInstant(r.at, tzOf(r.regencyCode), lang)}` : '–'}</td>
              <td className="px-2 py-1.5">{r.note ?? ''}</td>
              <td className="px-2 py-1.5">
                <PeriodActions
                  code={r.regencyCode}
                  month={data.month}
                  monthLabel={label}
                  state={r.state}
                  canSubmit={can(actor, 'period.submit', r.regencyCode)}
                  canApprove={can(actor, 'period.approve', r.regencyCode)}
                  ended={ended(r.regencyCode)}
                  lang={lang}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </>
  );
}
