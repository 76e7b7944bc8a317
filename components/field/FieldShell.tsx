'use client';
/** The field pieces of a signed-in page: the outbox of this user and the pages kept offline. */
import { useEffect } from 'react';
import type { Lang } from '@/lib/i18n/dict';
import { OutboxPanel } from './OutboxPanel';
import { warmPages } from './ServiceWorker';

export function FieldShell({
  userId,
  lang,
  offlinePages,
  home,
}: {
  userId: number;
  lang: Lang;
  offlinePages: string[];
  home: string;
}) {
  const key = offlinePages.join(' ');
  useEffect(() => {
    warmPages(key.split(' ').filter(Boolean), home);
  }, [key, home]);
  return <OutboxPanel userId={userId} lang={lang} />;
}
