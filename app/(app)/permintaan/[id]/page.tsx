import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/page';
import { DASHBOARD_ROLES } from '@/lib/auth/landing';
import { pageRead } from '@/lib/pages/read';
import { can } from '@/lib/auth/permissions';
import { getDict } from '@/lib/i18n/server';
import { requisitionDict } from '@/lib/i18n/requisitions';
import { getRequisition } from '@/lib/requisitions/queries';
import { transition } from '@/lib/requisitions/rules';
import { fmtDay, fmtInt, fmtPercent } from '@/lib/format';
import { localDate } from '@/lib/time';
import { AppShell } from '@/components/AppShell';
import { Stat } from '@/components/ui/Stat';
import { NotAllowed } from '@/components/NotAllowed';
import { ExportLinks } from '@/components/ExportLinks';
import { PrintButton } from '@/app/(app)/laporan/PrintButton';
import { Actions } from '../Actions';
import { LinesTable } from '../LinesTable';
import { StateBadge } from '../StateBadge';

export const metadata: Metadata = { title: 'Permintaan blangko' };
export const dynamic = 'force-dynamic';

/** A4 letter: the page's controls and the app's header are `no-print`. */
const PRINT_CSS = '@media print { @page { size: A4; margin: 20mm 18mm; } body { background: white; } }';

export default async function RequisitionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor({ roles: DASHBOARD_ROLES });
  const { t, lang } = await getDict();
  const d = requisitionDict(lang);
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) notFound();
  const { data: r } = await pageRead(() => getRequisition(actor, Number(id)));
  if (!r) {
    return (
      <AppShell actor={actor} t={t} lang={lang}>
        <NotAllowed message={d.forbidden} />
      </AppShell>
    );
  }
  const head = can(actor, 'requisition.write', r.provinceCode);
  const period = `${fmtDay(r.from, lang)} – ${fmtDay(r.to, lang)}`;
  const province = `${d.province} ${r.provinceName}`;
  const letterDay = r.submittedAt ? localDate('Asia/Jakarta', new Date(r.submittedAt)) : r.figuresOn;
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <style dangerouslySetInnerHTML={{ __html: PRINT_CSS }} />
      <article className="space-y-4" data-testid="requisition">
        <Link href="/permintaan" className="no-print text-sm text-brand-700 underline">
          {d.back}
        </Link>
        {/* the letterhead, on paper only */}
        <header className="hidden space-y-3 border-b-2 border-slate-800 pb-3 print:block">
          <p className="text-lg font-bold uppercase">Dinas Kependudukan dan Pencatatan Sipil {province}</p>
          <div className="flex justify-between text-sm">
            <span>
              {d.number} {r.id}/DUKCAPIL-{r.provinceCode}/{r.from.slice(0, 4)}
            </span>
            <span>{fmtDay(letterDay, lang)}</span>
          </div>
        </header>
        <div className="hidden space-y-2 text-sm print:block">
          <p>{d.letterTo}</p>
          <p className="font-semibold">{d.letterSubject}</p>
          <p data-testid="letter-body">
            {d.letterBody(province, fmtDay(r.from, lang), fmtDay(r.to, lang), fmtInt(r.total))}
          </p>
        </div>
        <div className="no-print flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">
              {d.one} #{r.id}: {r.provinceName}
            </h1>
            <p className="text-sm text-slate-600">
              {d.period} {period} · {d.figuresOn} {fmtDay(r.figuresOn, lang)}
            </p>
          </div>
          <StateBadge state={r.state} lang={lang} />
        </div>
        <dl className="no-print grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-5">
          <Stat label={d.requested} value={fmtInt(r.total)} testId="rq-stat-total" />
          <Stat label={d.received} value={fmtInt(r.received)} testId="rq-stat-received" />
          <Stat
            label={d.fillRate}
            value={r.fillRate === null ? '–' : fmtPercent(r.fillRate * 100)}
            testId="rq-stat-fill"
          />
          <Stat label={d.daysWaiting} value={r.daysWaiting === null ? '–' : fmtInt(r.daysWaiting)} />
          <Stat label={d.cohort} value={fmtInt(r.lines.reduce((a, l) => a + l.cohort, 0))} />
        </dl>
        {head && r.state === 'DRAFT' && <p className="no-print text-sm text-slate-700">{d.editHint}</p>}
        <LinesTable
          key={r.state}
          id={r.id}
          lines={r.lines}
          warehouseOnHand={r.warehouseOnHand}
          editable={head && r.state === 'DRAFT'}
          lang={lang}
        />
        <div className="no-print flex flex-wrap items-center gap-3">
          {head && (
            <Actions
              id={r.id}
              canSubmit={transition(r.state, 'submit') !== null}
              canCancel={transition(r.state, 'cancel') !== null}
              lang={lang}
            />
          )}
          <PrintButton label={d.print} />
          <ExportLinks href={`/api/v1/requisitions/${r.id}`} lang={lang} testId="rq-lines-export" />
        </div>
        <section aria-labelledby="rq-receipts" className="no-print rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="rq-receipts" className="mb-2 text-lg font-semibold">
            {d.receipts}
          </h2>
          {r.receipts.length === 0 ? (
            <p className="text-sm text-slate-600">{d.noReceipts}</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="rq-receipt-list">
              {r.receipts.map((m) => (
                <li key={m.id}>
                  {fmtDay(m.occurredOn, lang)} · <span className="num font-semibold">{fmtInt(m.delta)}</span>
                  {m.reference ? ` · ${m.reference}` : ''}
                </li>
              ))}
            </ul>
          )}
          {head && r.state !== 'DRAFT' && r.state !== 'CANCELLED' && (
            <p className="mt-2 text-sm">
              {d.receiptHint}{' '}
              <Link href={`/stok?kode=${r.provinceCode}&gudang=1`} className="text-brand-700 underline">
                {d.bookReceipt}
              </Link>
            </p>
          )}
        </section>
        <div className="hidden space-y-10 pt-4 text-sm print:block">
          <p>{d.letterClose}</p>
          <p>{d.letterSign(province)}</p>
        </div>
      </article>
    </AppShell>
  );
}
