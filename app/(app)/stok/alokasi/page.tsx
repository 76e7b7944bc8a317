import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { openDashboardPage } from '@/lib/pages/read';
import type { SearchParams } from '@/lib/pages/params';
import { defaultProvince } from '@/lib/auth/landing';
import { stockDict } from '@/lib/i18n/stock';
import { can } from '@/lib/auth/permissions';
import { getHandle } from '@/lib/db';
import { regionIndex } from '@/lib/regions/queries';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { AllocationPlanner } from '../AllocationPlanner';
import { ItemSwitch, itemSearch } from '../ItemSwitch';
import { listItems } from '@/lib/stock/items';
import { ITEM_BLANGKO } from '@/lib/stock/rules';
import { itemDict } from '@/lib/i18n/items';

export const metadata: Metadata = { title: 'Perencana alokasi' };
export const dynamic = 'force-dynamic';

export default async function AllocationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const s = stockDict(lang);
  const code = typeof sp.provinsi === 'string' ? sp.provinsi : defaultProvince(actor);
  const province = (await regionIndex(await getHandle())).byCode.get(code);
  if (!province || province.level !== 'province') notFound();
  const allowed = can(actor, 'stock.province.write', code);
  const { items } = await listItems(actor);
  const item = items.find((i) => i.code === sp.item) ?? items[0];
  if (typeof sp.item === 'string' && sp.item !== item.code) notFound();
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      {allowed ? (
        <div className="space-y-3">
          <Link href={`/stok?kode=${code}${itemSearch(item.code)}`} className="text-sm text-brand-700 underline">
            {item.code === ITEM_BLANGKO ? s.title : itemDict(lang).stockOf(item.name[lang])}: {province.name}
          </Link>
          <h1 className="text-2xl font-bold">
            {s.planner}: {province.name}
          </h1>
          <ItemSwitch
            items={items}
            current={item.code}
            lang={lang}
            href={(c) => `/stok/alokasi?provinsi=${code}${itemSearch(c)}`}
          />
          <AllocationPlanner
            key={item.code}
            province={code}
            lang={lang}
            item={{ code: item.code, unit: item.unitName }}
          />
        </div>
      ) : (
        <NotAllowed message={t.forbidden} />
      )}
    </AppShell>
  );
}
