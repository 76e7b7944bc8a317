import type { Lang } from '@/lib/i18n/dict';
import { fieldDict } from '@/lib/i18n/field';
import { localTimeLabel } from '@/lib/auditlog/rules';

/** "Data per 1 Des 2026 19.55 WIB": when the figures of this page were read (SPEC §11), in the
 *  reader's zone as the audit trail shows its times. A copy kept on the device for use offline
 *  carries the time it was made. */
export function DataAsOf({ at, lang, timeZone }: { at: Date; lang: Lang; timeZone: string }) {
  const text = localTimeLabel(at.toISOString(), timeZone, lang).replace(',', '');
  return (
    <p className="text-xs text-white/80" data-testid="data-as-of" data-as-of={at.toISOString()}>
      {fieldDict(lang).dataAsOf(text)}
    </p>
  );
}
