import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { pageRead } from '@/lib/pages/read';
import type { SearchParams } from '@/lib/pages/params';
import { getDict } from '@/lib/i18n/server';
import { adminDict } from '@/lib/i18n/admin';
import { auditQuery, listAudit } from '@/lib/auditlog/queries';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { ExportLinks } from '@/components/ExportLinks';
import { actionLabel, changedFields, localTimeLabel, type FieldChange } from '@/lib/auditlog/rules';
import { timeZoneOfProvince } from '@/lib/regions/data';
import { TZ_LABEL } from '@/lib/time';
import { stockDict } from '@/lib/i18n/stock';
import { DataTable, EmptyRow } from '@/components/ui/DataTable';

export const metadata: Metadata = { title: 'Jejak audit' };
export const dynamic = 'force-dynamic';

const input = 'mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5';

/** Before → after of each changed field, one per line. */
function ChangeList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <span>–</span>;
  return (
    <dl className="space-y-0.5">
      {changes.map((c) => (
        <div key={c.field} className="break-all">
          {c.field && <dt className="inline font-semibold">{c.field}: </dt>}
          <dd className="inline">
            {c.before !== null && <del className="text-red-800">{c.before}</del>}
            {c.before !== null && c.after !== null && ' → '}
            {c.after !== null && <ins className="text-emerald-800 no-underline">{c.after}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The audit trail; every filter lives in the URL, so a filtered view is a shareable link. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor();
  const { t, lang } = await getDict();
  const tx = adminDict(lang);
  // times in the reader's own zone (WIB/WITA/WIT): its province's, WIB for the nation
  const zone = actor.scopeCode ? timeZoneOfProvince(actor.scopeCode.slice(0, 2)) : 'Asia/Jakarta';
  const typeLabel = stockDict(lang).typeLabel;
  const sp = await searchParams;
  const raw = Object.fromEntries(Object.entries(sp).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<
    string,
    string
  >;
  const parsed = auditQuery.safeParse(raw);
  let result: Awaited<ReturnType<typeof listAudit>> | null = null;
  let problem: string | null = null;
  if (!can(actor, 'audit.read', actor.scopeCode ?? 'national')) problem = t.forbidden;
  else if (!parsed.success) problem = lang === 'en' ? 'Invalid filter.' : 'Saringan tidak valid.';
  else {
    const read = await pageRead(() => listAudit(actor, parsed.data), { missing: [], refuse: 'any' });
    result = read.data;
    problem = read.refused?.msg[lang] ?? null;
  }
  const next = result?.nextCursor
    ? `/audit?${new URLSearchParams({ ...raw, cursor: String(result.nextCursor) })}`
    : null;
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{tx.auditTitle}</h1>
        <p className="text-sm text-slate-600">{tx.auditIntro}</p>
        <form
          method="get"
          className="grid grid-cols-2 gap-2 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-6"
          aria-label={tx.filter}
        >
          <label className="text-sm">
            {tx.user}
            <input name="user" defaultValue={raw.user ?? ''} className={input} />
          </label>
          <label className="text-sm">
            {tx.action}
            <input
              name="action"
              defaultValue={raw.action ?? ''}
              placeholder={lang === 'en' ? 'e.g. user' : 'mis. stock'}
              className={input}
            />
          </label>
          <label className="text-sm">
            {tx.region}
            <input name="region" defaultValue={raw.region ?? ''} placeholder="15" className={input} />
          </label>
          <label className="text-sm">
            {tx.from}
            <input name="from" type="date" defaultValue={raw.from ?? ''} className={input} />
          </label>
          <label className="text-sm">
            {tx.to}
            <input name="to" type="date" defaultValue={raw.to ?? ''} className={input} />
          </label>
          <div className="flex items-end">
            <button
              type="submit"
              className="w-full rounded-md bg-brand-700 px-3 py-2 font-medium text-white hover:bg-brand-800"
            >
              {tx.filter}
            </button>
          </div>
        </form>
        {problem && <NotAllowed message={problem} />}
        {result && (
          <ExportLinks
            href={`/api/v1/audit?${new URLSearchParams(
              Object.fromEntries(Object.entries(raw).filter(([k]) => k !== 'cursor' && k !== 'limit')),
            )}`}
            lang={lang}
            testId="audit-export"
          />
        )}
        {result && (
          <DataTable
            frameClass="overflow-x-auto rounded-xl border border-slate-200 bg-white"
            className="w-full text-sm"
            testId="audit-table"
            headClass="bg-slate-100 text-left"
            head={
              <tr>
                <th className="p-2">{`${tx.time.replace(/ \(UTC\)$/, '')} (${TZ_LABEL[zone]})`}</th>
                <th className="p-2">{tx.user}</th>
                <th className="p-2">{tx.action}</th>
                <th className="p-2">{tx.region}</th>
                <th className="p-2">{tx.change}</th>
              </tr>
            }
          >
            {result.entries.length === 0 && (
              <EmptyRow columns={5} className="p-3 text-slate-600">
                {tx.noEntries}
              </EmptyRow>
            )}
            {result.entries.map((e) => (
              <tr key={e.id} className="border-t border-slate-100 align-top">
                <td className="whitespace-nowrap p-2 num">
                  <time dateTime={e.at}>{localTimeLabel(e.at, zone, lang)}</time>
                </td>
                <td className="p-2">{e.actorUsername ?? '–'}</td>
                <td className="p-2">
                  {actionLabel(e.action, lang, (rest) => typeLabel[rest.toUpperCase()] ?? rest)}
                  <code className="block text-xs text-slate-700">{e.action}</code>
                </td>
                <td className="p-2">{e.scopeCode ?? '–'}</td>
                <td className="max-w-xs p-2 text-xs">
                  <ChangeList changes={changedFields(e.before, e.after)} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <div className="flex gap-3 text-sm">
          {raw.cursor && (
            <Link
              className="text-brand-700 underline"
              href={`/audit?${new URLSearchParams(Object.fromEntries(Object.entries(raw).filter(([k]) => k !== 'cursor')))}`}
            >
              {tx.newest}
            </Link>
          )}
          {next && (
            <Link className="text-brand-700 underline" href={next}>
              {tx.older}
            </Link>
          )}
        </div>
      </div>
    </AppShell>
  );
}
