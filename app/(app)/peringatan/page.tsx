import type { Lang } from '@/lib/i18n/dict';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { openDashboardPage, pageRead } from '@/lib/pages/read';
import { param, type SearchParams } from '@/lib/pages/params';
import { can, homeScope } from '@/lib/auth/permissions';
import { periodsDict } from '@/lib/i18n/periods';
import { alertsQuery, getAlerts, type Alerts } from '@/lib/alerts/alerts';
import { ALERT_KINDS, type Severity } from '@/lib/alerts/rules';
import { fmtDay, fmtInt } from '@/lib/format';
import { fmtInstant } from '@/lib/periods/format';
import { getHandle } from '@/lib/db';
import { regionIndex } from '@/lib/regions/queries';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { RegionSelect } from '@/components/RegionSelect';
import { FilterForm } from '@/components/FilterForm';
import { AnomalyCheck } from '@/components/AnomalyCheck';
import { MarkSeen } from './MarkSeen';
import { HeadRow } from '@/components/ui/HeadRow';
import { ValueOptions } from '@/components/ui/NamedOptions';
import { DataTable } from '@/components/ui/DataTable';

export const metadata: Metadata = { title: 'Peringatan' };
export const dynamic = 'force-dynamic';

/** Alerts shown at once; the rest are a filter away (the nation has hundreds). */
const SHOWN = 100;

/** /peringatan?scope=&kind= — what needs attention now, worst first (SPEC §14). */
export default async function AlertsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const d = periodsDict(lang);
  const parsed = alertsQuery.safeParse({ scope: param(sp.scope), kind: param(sp.kind) });
  if (!parsed.success) notFound();
  const scope = parsed.data.scope ?? homeScope(actor);
  const { data } = await pageRead(() => getAlerts(actor, { scope, kind: parsed.data.kind }, lang));
  const own = scope === homeScope(actor);
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <h1 className="text-xl font-bold">{d.alertsTitle}</h1>
      <p className="mb-3 text-sm text-slate-700">{d.alertsIntro}</p>
      <FilterForm label={d.filter} submit={d.filter}>
        <label className="flex flex-col text-sm">
          {d.kind}
          <select
            name="kind"
            defaultValue={parsed.data.kind ?? ''}
            className="rounded-md border border-slate-400 px-2 py-1"
          >
            <option value="">{d.allKinds}</option>
            <ValueOptions values={ALERT_KINDS} label={(k) => d.kinds[k]} />
          </select>
        </label>
        <RegionSelect scope={scope} may={(c) => can(actor, 'alerts.read', c)} national label={d.region} lang={lang} />
      </FilterForm>
      {data ? (
        <>
          {own && <MarkSeen unseen={data.unseen} />}
          <AlertList data={data} lang={lang} kind={parsed.data.kind} mayCheck={can(actor, 'anomaly.check', scope)} />
        </>
      ) : (
        <NotAllowed message={t.forbidden} />
      )}
    </AppShell>
  );
}

const SEVERITY_CLASS: Record<Severity, string> = {
  critical: 'bg-red-100 text-red-900 border-red-300',
  warning: 'bg-amber-100 text-amber-900 border-amber-300',
  info: 'bg-sky-100 text-sky-900 border-sky-300',
};

async function AlertList({
  data,
  lang,
  kind,
  mayCheck,
}: {
  data: Alerts;
  lang: Lang;
  kind?: string;
  mayCheck: boolean;
}) {
  const d = periodsDict(lang);
  const shown = data.alerts.slice(0, SHOWN);
  const idx = await regionIndex(await getHandle());
  const tzOf = (code: string) => idx.byCode.get(code)?.timeZone ?? 'Asia/Jakarta';
  const q = (scope: string) => `/peringatan?scope=${scope}${kind ? `&kind=${kind}` : ''}`;
  return (
    <>
      {data.byProvince.length > 0 && (
        <section className="mb-4" aria-labelledby="per-province">
          <h2 id="per-province" className="mb-1 font-semibold">
            {d.perProvince}
          </h2>
          <DataTable
            region={d.perProvince}
            className="w-full min-w-[480px] text-sm"
            testId="alerts-by-province"
            head={
              <HeadRow
                className="text-left text-slate-700"
                cellClass="px-2 py-1 text-right"
                cells={[[d.province, 'px-2 py-1'], d.critical, d.warning, d.info, d.total]}
              />
            }
          >
            {[...data.byProvince]
              .sort((a, b) => b.critical - a.critical || b.total - a.total || a.code.localeCompare(b.code))
              .map((p) => (
                <tr key={p.code} className="border-t border-slate-200">
                  <td className="px-2 py-1">
                    <Link className="text-brand-700 underline" href={q(p.code)}>
                      {p.name}
                    </Link>
                  </td>
                  {[p.critical, p.warning, p.info, p.total].map((n, i) => (
                    <td key={i} className="px-2 py-1 text-right tabular-nums">
                      {fmtInt(n)}
                    </td>
                  ))}
                </tr>
              ))}
          </DataTable>
        </section>
      )}
      <p className="mb-2 text-sm text-slate-700" data-testid="alerts-count">
        {d.shown(shown.length, data.alerts.length)}
      </p>
      {shown.length === 0 ? (
        <p className="rounded-md bg-emerald-50 p-4 text-emerald-900">{d.none}</p>
      ) : (
        <ul className="space-y-2" data-testid="alerts">
          {shown.map((a) => (
            <li
              key={a.id}
              className={`rounded-lg border-l-4 bg-white p-3 shadow-sm ${SEVERITY_CLASS[a.severity].split(' ')[2]}`}
              data-kind={a.kind}
              data-severity={a.severity}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <span
                    className={`mr-2 rounded border px-1.5 py-0.5 text-xs font-semibold ${SEVERITY_CLASS[a.severity]}`}
                  >
                    {d.kinds[a.kind]}
                  </span>
                  <span className="text-sm">{a.message}</span>
                  {a.since && (
                    <span className="block text-xs text-slate-700">
                      {d.since}:{' '}
                      {a.since.length > 10 ? fmtInstant(a.since, tzOf(a.regencyCode), lang) : fmtDay(a.since, lang)}
                    </span>
                  )}
                </div>
                <Link href={a.href} className="shrink-0 text-sm font-semibold text-brand-700 underline">
                  {d.fix}
                </Link>
              </div>
              {a.kind === 'ANOMALY' && a.anomalyId !== undefined && mayCheck && (
                <AnomalyCheck anomalyId={a.anomalyId} lang={lang} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
