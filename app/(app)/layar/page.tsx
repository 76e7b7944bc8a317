import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/page';
import { ApiError } from '@/lib/api/errors';
import { getDict } from '@/lib/i18n/server';
import { queueDict } from '@/lib/i18n/queue';
import { getOfficeQueue, type OfficeQueue } from '@/lib/queue/board';
import { BoardView } from './BoardView';

export const metadata: Metadata = { title: 'Papan antrean' };
export const dynamic = 'force-dynamic';

/** The display board of an office for a TV: the kiosk's or counter's own office, or
 *  `?kantor=ID` for supervisors. Large type, no navigation. */
export default async function BoardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor();
  const { lang } = await getDict();
  const sp = await searchParams;
  const officeId = typeof sp.kantor === 'string' ? Number(sp.kantor) : actor.officeId;
  let initial: OfficeQueue | null = null;
  if (officeId) {
    try {
      initial = await getOfficeQueue(actor, officeId);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'NOT_FOUND') notFound();
      if (!(e instanceof ApiError && e.code === 'FORBIDDEN')) throw e;
    }
  }
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
