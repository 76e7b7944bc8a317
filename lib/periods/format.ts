import type { Lang } from '@/lib/i18n/dict';
import { TZ_LABEL } from '@/lib/time';

/** An instant as "3 Nov 2026 10.15 WIB" in the region's time zone. */
export function fmtInstant(iso: string | null, timeZone: string, lang: Lang): string {
  if (!iso) return '–';
  const s = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
  return `${s.replace(',', '')} ${TZ_LABEL[timeZone] ?? ''}`.trim();
}
