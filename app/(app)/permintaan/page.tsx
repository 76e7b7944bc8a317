import type { Metadata } from 'next';
import Link from 'next/link';
import { openDashboardPage, pageRead, refusalText } from '@/lib/pages/read';
import type { SearchParams } from '@/lib/pages/params';
import { can } from '@/lib/auth/permissions';
import { requisitionDict } from '@/lib/i18n/requisitions';
import { listRequisitions, type RequisitionList } from '@/lib/requisitions/queries';
import { fmtDay, fmtInt, fmtPercent } from '@/lib/format';
import type { Lang } from '@/lib/i18n/dict';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { ExportLinks } from '@/components/ExportLinks';
import { DraftForm } from './DraftForm';
import { StateBadge } from './StateBadge';
import { HeadRow } from '@/components/ui/HeadRow';
import { DataTable } from '@/components/ui/DataTable';

export const metadata: Metadata = { title: 'Permintaan blangko' };
export const dynamic = 'force-dynamic';

const rate = (r: number | null) => (r === null ? '–' : fmtPercent(r * 100));

export default async function RequisitionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const d = requisitionDict(lang);
  const asked = typeof sp.cakupan === 'string' && /^(national|\d{2})$/.test(sp.cakupan) ? sp.cakupan : undefined;
  const { data, refused } = await pageRead(() => listRequisitions(actor, asked), {
    missing: [],
    refuse: ['FORBIDDEN', 'NOT_FOUND'],
  });
  const province = data && data.scope !== 'national' ? data.scope : null;
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-bold">{d.title}</h1>
          <p className="text-sm text-slate-600">{d.lead}</p>
        </div>
        {refused && <NotAllowed message={refusalText(refused, t.forbidden, lang)} />}
        {province && can(actor, 'requisition.write', province) && <DraftForm province={province} lang={lang} />}
        {data && <List data={data} lang={lang} />}
      </div>
    </AppShell>
  );
}

function List({ data, lang }: { data: RequisitionList; lang: Lang }) {
  const d = requisitionDict(lang);
  const national = data.scope === 'national';
  const tot = data.totals;
  return (
    <section aria-labelledby="rq-list" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="rq-list" className="text-lg font-semibold">
          {national ? 'Indonesia' : `${d.province} ${data.requisitions[0]?.provinceName ?? data.scope}`}
        </h2>
        <ExportLinks href={`/api/v1/requisitions?scope=${data.scope}`} lang={lang} testId="rq-export" />
      </div>
      <dl
        className="grid grid-cols-2 gap-3 sm:grid-cols-4"
        aria-label={national ? d.nationalTotals : d.submittedCount}
        data-testid="rq-totals"
      >
        {[
          [d.submittedCount, fmtInt(tot.requisitions)],
          [d.requested, fmtInt(tot.requested)],
          [d.received, fmtInt(tot.received)],
          [d.fillRate, rate(tot.fillRate)],
        ].map(([k, v]) => (
          <div key={k}>
            <dt className="text-xs text-slate-600">{k}</dt>
            <dd className="num text-lg font-semibold">{v}</dd>
          </div>
        ))}
      </dl>
      {data.requisitions.length === 0 ? (
        <p className="text-sm text-slate-600">{d.none}</p>
      ) : (
        <>
          {/* phones: one card per requisition */}
          <ul className="space-y-2 sm:hidden">
            {data.requisitions.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-200 p-3 text-sm">
                <div className="flex items-start justify-between gap-2">
                  <Link href={`/permintaan/${r.id}`} className="font-semibold text-brand-700 underline">
                    #{r.id}
                    {national ? ` ${r.provinceName}` : ''}
                  </Link>
                  <StateBadge state={r.state} lang={lang} />
                </div>
                <p className="text-slate-600">
                  {fmtDay(r.from, lang)} – {fmtDay(r.to, lang)}
                </p>
                <p className="num">
                  {d.requested} {fmtInt(r.total)} · {d.received} {fmtInt(r.received)} · {rate(r.fillRate)}
                  {r.daysWaiting === null ? '' : ` · ${fmtInt(r.daysWaiting)} ${d.days}`}
                </p>
              </li>
            ))}
          </ul>
          <DataTable
            frameClass="hidden overflow-x-auto sm:block"
            className="w-full min-w-[40rem] text-sm"
            testId="rq-table"
            headClass="border-b border-slate-200 text-left"
            head={
              <HeadRow
                cellClass="px-2 py-2"
                cells={[
                  d.number,
                  national && d.province,
                  d.period,
                  d.state,
                  [d.requested, 'px-2 py-2 text-right'],
                  [d.received, 'px-2 py-2 text-right'],
                  [d.fillRate, 'px-2 py-2 text-right'],
                  [d.daysWaiting, 'px-2 py-2 text-right'],
                ]}
              />
            }
          >
            {data.requisitions.map((r) => (
              <tr key={r.id} className="border-b border-slate-100" data-testid={`rq-row-${r.id}`}>
                <td className="px-2 py-2">
                  <Link href={`/permintaan/${r.id}`} className="text-brand-700 underline">
                    #{r.id}
                  </Link>
                </td>
                {national && <td className="px-2 py-2">{r.provinceName}</td>}
                <td className="whitespace-nowrap px-2 py-2">
                  {fmtDay(r.from, lang)} – {fmtDay(r.to, lang)}
                </td>
                <td className="px-2 py-2">
                  <StateBadge state={r.state} lang={lang} />
                </td>
                <td className="num px-2 py-2 text-right">{fmtInt(r.total)}</td>
                <td className="num px-2 py-2 text-right">{fmtInt(r.received)}</td>
                <td className="num px-2 py-2 text-right">{rate(r.fillRate)}</td>
                <td className="num px-2 py-2 text-right">{r.daysWaiting === null ? '–' : fmtInt(r.daysWaiting)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
