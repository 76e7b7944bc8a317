'use client';

import type { Lang } from '@/lib/i18n/dict';
import { queueDict } from '@/lib/i18n/queue';
import { fmtTime } from './client';

/** SPEC §11 "Screens are honest": shown once the screen's data is more than 10 s old. */
export function StaleBanner({
  since,
  timeZone,
  lang,
  className = '',
}: {
  since: number | null;
  timeZone: string;
  lang: Lang;
  className?: string;
}) {
  if (since === null) return null;
  const q = queueDict(lang);
  return (
    <p
      data-testid="stale-banner"
      role="status"
      className={`rounded-md bg-amber-300 px-4 py-2 font-semibold text-amber-950 ${className}`}
    >
      {q.staleSince(fmtTime(new Date(since).toISOString(), timeZone))}.{' '}
      <span className="font-normal">{q.staleHint}</span>
    </p>
  );
}
