import type { Lang } from '@/lib/i18n/dict';
import { fieldDict } from '@/lib/i18n/field';
import { TZ_LABEL } from '@/lib/time';

const FMT = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, timeZone: string) {
  const k = `${lang}|${timeZone}`;
  let f = FMT.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    FMT.set(k, f);
  }
  return f;
}

/** "Data per 1 Des 2026 19.55 WIB": when the figures of this page were read (SPEC §11). A copy
 *  kept on the device for use offline carries the time it was made. */
export function DataAsOf({ at, lang, timeZone }: { at: Date; lang: Lang; timeZone: string }) {
  const text = `${fmt(lang, timeZone).format(at).replace(',', '')} ${TZ_LABEL[timeZone] ?? ''}`.trim();
  return (
    <p className="text-xs text-white/80" data-testid="data-as-of" data-as-of={at.toISOString()}>
      {fieldDict(lang).dataAsOf(text)}
    </p>
  );
}
