import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page';
import { pageRead } from '@/lib/pages/read';
import type { SearchParams } from '@/lib/pages/params';
import { getDict } from '@/lib/i18n/server';
import { queueDict } from '@/lib/i18n/queue';
import { getOfficeQueue } from '@/lib/queue/board';
import { BoardView } from './BoardView';

export const metadata: Metadata = { title: 'Papan antrean' };
export const dynamic = 'force-dynamic';

/** The display board of an office for a TV: the kiosk's or counter's own office, or
 *  `?kantor=ID` for supervisors. Large type, no navigation. */
export default async function BoardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor();
  const { lang } = await getDict();
  const sp = await searchParams;
  const officeId = typeof sp.kantor === 'string' ? Number(sp.kantor) : actor.officeId;
  const initial = officeId ? (await pageRead(() => getOfficeQueue(actor, officeId))).data : null;
  if (!initial) {
    return (
      <main id="main" className="p-6">
        <h1 className="text-xl font-bold">{queueDict(lang).boardTitle}</h1>
        <p data-testid="forbidden" className="mt-2 rounded-md bg-amber-50 p-4 text-amber-900">
          {queueDict(lang).notForRole}
        </p>
        <Link href="/" className="mt-2 inline-block text-brand-700 underline">
          Pantau
        </Link>
      </main>
    );
  }
  return <BoardView initial={initial} lang={lang} />;
}
