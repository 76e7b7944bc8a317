'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useRef } from 'react';
import type { Lang } from '@/lib/i18n/dict';
import { currentHref } from './nav';

export interface MainNavItem {
  href: string;
  label: string;
}

/** The main menu: on a phone one "Menu" button naming the current page that opens the full list
 *  (no sideways-scrolling bar with cut-off items); from md up, every item in wrapping rows. The
 *  current page is marked (aria-current) in both. */
export function MainNav({ items, lang }: { items: MainNavItem[]; lang: Lang }) {
  const path = usePathname() ?? '/';
  const current = currentHref(items, path === '/' ? '/overview' : path);
  const details = useRef<HTMLDetailsElement>(null);
  const close = () => details.current?.removeAttribute('open');
  const link = (n: MainNavItem, phone: boolean) => {
    const here = n.href === current;
    return (
      <li key={n.href}>
        <Link
          href={n.href}
          prefetch={false}
          onClick={phone ? close : undefined}
          aria-current={here ? 'page' : undefined}
          className={`block rounded px-2 py-1.5 ${phone ? 'text-base' : 'whitespace-nowrap'} ${
            here ? 'bg-white font-semibold text-brand-800' : 'hover:bg-brand-800 focus:bg-brand-800'
          }`}
        >
          {n.label}
        </Link>
      </li>
    );
  };
  const name = lang === 'en' ? 'Main' : 'Utama';
  const currentLabel = items.find((n) => n.href === current)?.label;
  return (
    <>
      <details ref={details} className="group mx-auto max-w-6xl px-3 pb-2 md:hidden" data-testid="phone-menu">
        <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-md border border-white/40 px-3 py-2 text-sm font-semibold [&::-webkit-details-marker]:hidden">
          <span>
            <span aria-hidden>☰ </span>
            {lang === 'en' ? 'Menu' : 'Menu'}
            {currentLabel && <span className="font-normal"> · {currentLabel}</span>}
          </span>
          <span aria-hidden className="transition group-open:rotate-180">
            ▾
          </span>
        </summary>
        <nav aria-label={name} className="mt-2">
          <ul className="grid grid-cols-2 gap-1 text-sm">{items.map((n) => link(n, true))}</ul>
        </nav>
      </details>
      <nav aria-label={name} className="mx-auto hidden max-w-6xl px-3 pb-2 sm:px-4 md:block">
        <ul className="flex flex-wrap gap-1 text-sm">{items.map((n) => link(n, false))}</ul>
      </nav>
    </>
  );
}
