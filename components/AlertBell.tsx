import type { Lang } from '@/lib/i18n/dict';
import { Suspense } from 'react';
import Link from 'next/link';
import { can, homeScope, type Actor } from '@/lib/auth/permissions';
import { unseenCount } from '@/lib/alerts/alerts';
import { periodsDict } from '@/lib/i18n/periods';

/** The header's bell (SPEC §14): the number of alerts of the user's scope not seen since they
 *  last opened the alerts page. Streams in after the page, so it never delays it. */
export function AlertBell({ actor, lang }: { actor: Actor; lang: Lang }) {
  if (!can(actor, 'alerts.read', homeScope(actor))) return null;
  return (
    <Suspense fallback={<BellLink n={null} lang={lang} />}>
      <BellCount actor={actor} lang={lang} />
    </Suspense>
  );
}

async function BellCount({ actor, lang }: { actor: Actor; lang: Lang }) {
  const n = await unseenCount(actor).catch(() => null);
  return <BellLink n={n} lang={lang} />;
}

function BellLink({ n, lang }: { n: number | null; lang: Lang }) {
  const d = periodsDict(lang);
  return (
    <Link
      href="/peringatan"
      aria-label={n === null ? d.alertsTitle : d.bell(n)}
      title={n === null ? d.alertsTitle : d.bell(n)}
      data-testid="alert-bell"
      className="relative grid h-8 w-8 place-items-center rounded hover:bg-brand-800 focus:bg-brand-800"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {n !== null && n > 0 && (
        <span
          data-testid="alert-count"
          className="absolute -right-1 -top-1 min-w-[1.25rem] rounded-full bg-red-700 px-1 text-center text-xs font-bold leading-5 text-white"
        >
          {n > 99 ? '99+' : n}
        </span>
      )}
    </Link>
  );
}
