import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { openDashboardPage, pageRead } from '@/lib/pages/read';
import type { SearchParams } from '@/lib/pages/params';
import { defaultProvince } from '@/lib/auth/landing';
import { stockDict } from '@/lib/i18n/stock';
import { getRebalancing, type Rebalancing } from '@/lib/stock/queries';
import { fmtInt } from '@/lib/format';
import { rebalancingNote } from '@/lib/stock/rules';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { ProposalList } from '../ProposalList';
import { StatusBadge } from '../StatusBadge';
import { ItemSwitch, itemSearch } from '../ItemSwitch';
import { listItems } from '@/lib/stock/items';
import { ITEM_BLANGKO } from '@/lib/stock/rules';
import { itemDict } from '@/lib/i18n/items';
import { Card } from '@/components/ui/Card';

export const metadata: Metadata = { title: 'Penyeimbangan stok' };
export const dynamic = 'force-dynamic';

export default async function RebalancingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const s = stockDict(lang);
  const code = typeof sp.provinsi === 'string' ? sp.provinsi : defaultProvince(actor);
  if (!/^\d{2}$/.test(code)) notFound();
  const { items } = await listItems(actor);
  const item = typeof sp.item === 'string' ? sp.item : undefined;
  const { data } = await pageRead(() => getRebalancing(actor, code, undefined, undefined, item), {
    missing: ['NOT_FOUND', 'VALIDATION'],
  });
  const list = (rows: Rebalancing['surplus'], id: string, title: string, empty: string) => (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4" data-testid={id}>
      <h2 id={id} className="mb-2 font-semibold">
        {title} ({rows.length})
      </h2>
      {rows.length === 0 && <p className="text-sm text-slate-700">{empty}</p>}
      <ul className="divide-y divide-slate-100 text-sm">
        {rows.map((r) => (
          <li key={r.code} className="flex flex-wrap justify-between gap-2 py-1.5">
            <span className="font-medium">{r.name}</span>
            <span className="num">
              {fmtInt(r.onHand)} / {fmtInt(r.minimum)} {data?.item.unitName[lang]} ·{' '}
              {r.daysOfCover === null ? '–' : `${fmtInt(Math.floor(r.daysOfCover))} ${s.days}`}{' '}
              <StatusBadge status={r.status} lang={lang} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
  const emptyNote = (d: Rebalancing) => {
    const note = rebalancingNote(d.short.length, d.surplus.length, d.proposals.length);
    const n = fmtInt(d.short.length);
    return note === 'NO_SURPLUS' || note === 'SURPLUS_TOO_SMALL' ? s.rebalanceNote[note](n) : s.rebalanceNote[note];
  };
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      {data ? (
        <div className="space-y-4">
          <Link href={`/stok?kode=${code}${itemSearch(data.item.code)}`} className="text-sm text-brand-700 underline">
            {data.item.code === ITEM_BLANGKO ? s.title : itemDict(lang).stockOf(data.item.name[lang])}:{' '}
            {data.province.name}
          </Link>
          <h1 className="text-2xl font-bold">
            {s.rebalancing}: {data.province.name}
          </h1>
          <ItemSwitch
            items={items}
            current={data.item.code}
            lang={lang}
            href={(c) => `/stok/penyeimbangan?provinsi=${code}${itemSearch(c)}`}
          />
          <Card id="props" title={s.proposals}>
            <ProposalList
              key={data.item.code}
              proposals={data.proposals}
              today={data.today}
              lang={lang}
              item={data.item.code}
              emptyNote={emptyNote(data)}
            />
          </Card>
          <div className="grid gap-3 md:grid-cols-2">
            {list(data.short, 'short', s.short, s.noShort)}
            {list(data.surplus, 'surplus', s.surplus, s.noSurplus)}
          </div>
        </div>
      ) : (
        <NotAllowed message={t.forbidden} />
      )}
    </AppShell>
  );
}
