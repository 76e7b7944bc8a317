import type { Actor } from '@/lib/auth/permissions';
import type { Dict, Lang } from '@/lib/i18n/dict';
import { BrandLink } from './BrandLink';
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
import { MainNav } from './MainNav';

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
  // A reset password is replaced first: every page's requirePageActor() (lib/auth/page.ts) sends
  // the user to /ganti-sandi; the API refuses too (requireActor).
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
          <BrandLink href="/" />
          {/* slot: header actions — who is signed in, then room for a notifications bell (issue 18),
              the language switch and sign-out */}
          <div className="flex flex-wrap items-center gap-2 text-sm" data-slot="header-actions">
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
        {/* slot: the main menu (phone: one "Menu" button; md and up: wrapping rows) */}
        <MainNav
          items={NAV.filter((n) => n.roles.includes(actor.role)).map((n) => ({ href: n.href, label: n.label[lang] }))}
          lang={lang}
        />
      </header>
      <FieldShell userId={actor.id} lang={lang} offlinePages={pages} home={pages[0]} />
      {/* slot: page-wide banners (e.g. offline) go here, between the header and the page */}
      <main id="main" className="mx-auto max-w-6xl px-3 py-4 sm:px-4">
        {children}
      </main>
    </>
  );
}
