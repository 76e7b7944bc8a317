import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/auth/permissions';
import type { Dict, Lang } from '@/lib/i18n/dict';
import { LangSwitch } from './LangSwitch';
import { SignOutButton } from './SignOutButton';
import { NAV } from './nav';
import { DataAsOf } from './field/DataAsOf';
import { FieldShell } from './field/FieldShell';
import { timeZoneOfProvince } from '@/lib/regions/data';

/** The pages each role needs without signal (SPEC §11), kept on the device after a visit. */
function offlinePages(actor: Actor): string[] {
  if (actor.role === 'COUNTER_OPERATOR') return ['/loket', '/layar'];
  if (actor.role === 'KIOSK') return ['/kios', '/layar'];
  return ['/overview', '/stok', '/ikd'];
}
import { AlertBell } from './AlertBell';

export function AppShell({
  actor,
  t,
  lang,
  children,
}: {
  actor: Actor;
  t: Dict;
  lang: Lang;
  children: React.ReactNode;
}) {
  // A reset password must be replaced before anything else (the API refuses too: requireActor).
  if (actor.mustChangePassword) redirect('/ganti-sandi');
  const timeZone = actor.scopeCode ? timeZoneOfProvince(actor.scopeCode.slice(0, 2)) : 'Asia/Jakarta';
  const pages = offlinePages(actor);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        {t.skipToContent}
      </a>
      <header className="no-print bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-3 py-2 sm:px-4">
          <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
            <span aria-hidden className="grid h-7 w-7 place-items-center rounded bg-white text-sm text-brand-700">
              P
            </span>
            Pantau
          </Link>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="hidden sm:inline" data-testid="who">
              {actor.displayName} · {t.role[actor.role]}
            </span>
            <AlertBell actor={actor} lang={lang} />
            <LangSwitch lang={lang} label={t.language} />
            <SignOutButton label={t.signOut} lang={lang} />
          </div>
          <div className="w-full">
            <DataAsOf at={new Date()} lang={lang} timeZone={timeZone} />
          </div>
        </div>
        <nav
          aria-label={lang === 'en' ? 'Main' : 'Utama'}
          className="mx-auto max-w-6xl overflow-x-auto px-3 pb-2 sm:px-4"
        >
          <ul className="flex gap-1 text-sm">
            {NAV.filter((n) => n.roles.includes(actor.role)).map((n) => (
              <li key={n.href}>
                <Link
                  href={n.href}
                  prefetch={false}
                  className="block whitespace-nowrap rounded px-2 py-1 hover:bg-brand-800 focus:bg-brand-800"
                >
                  {n.label[lang]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <FieldShell userId={actor.id} lang={lang} offlinePages={pages} home={pages[0]} />
      <main id="main" className="mx-auto max-w-6xl px-3 py-4 sm:px-4">
        {children}
      </main>
    </>
  );
}
