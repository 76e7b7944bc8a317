import Link from 'next/link';
import type { Actor } from '@/lib/auth/permissions';
import type { Dict, Lang } from '@/lib/i18n/dict';
import { LangSwitch } from './LangSwitch';
import { SignOutButton } from './SignOutButton';
import { NAV } from './nav';

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
  // A reset password must be replaced before anything else: every page's requirePageActor()
  // (lib/auth/page.ts) sends the user to /ganti-sandi first; the API refuses too (requireActor).
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
            <LangSwitch lang={lang} label={t.language} />
            <SignOutButton label={t.signOut} />
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
                  className="block whitespace-nowrap rounded px-2 py-1 hover:bg-brand-800 focus:bg-brand-800"
                >
                  {n.label[lang]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-3 py-4 sm:px-4">
        {children}
      </main>
    </>
  );
}
