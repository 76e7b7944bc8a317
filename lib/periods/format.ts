import type { Lang } from '@/lib/i18n/dict';
import { TZ_LABEL } from '@/lib/time';
import { instantFormat } from '@/lib/format';

/** An instant as "3 Nov 2026 10.15 WIB" in the region's time zone. */
export function fmtInstant(iso: string | null, timeZone: string, lang: Lang): string {
  if (!iso) return '–';
  const s = instantFormat(lang, timeZone).format(new Date(iso));
  return `${s.replace(',', '')} ${TZ_LABEL[timeZone] ?? ''}`.trim();
}
