import { auditActionDict } from '@/lib/i18n/audit';
import type { Lang } from '@/lib/i18n/dict';
import { TZ_LABEL } from '@/lib/time';
import { instantFormat } from '@/lib/format';

/** How the audit trail reads for a person: pure functions over an entry's plain values. */

/** An action code in words: the exact code, else its longest known prefix with the rest
 *  ("stock.movement.printed" → "Mutasi stok: printed"), else the code itself. */
export function actionLabel(action: string, lang: Lang, detail?: (rest: string) => string): string {
  const words = auditActionDict(lang);
  if (words[action]) return words[action];
  const parts = action.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const head = parts.slice(0, n).join('.');
    if (words[head]) {
      const rest = parts.slice(n).join('.');
      return `${words[head]}: ${detail ? detail(rest) : rest}`;
    }
  }
  return action;
}

/** An instant in a person's own zone ("2 Des 2026, 13.05 WIB"). */
export function localTimeLabel(iso: string, timeZone: string, lang: Lang): string {
  return `${instantFormat(lang, timeZone).format(new Date(iso))} ${TZ_LABEL[timeZone] ?? ''}`.trim();
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const show = (v: unknown): string | null =>
  v === undefined ? null : v === null ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields an entry changed, before and after, in key order: only those that differ when both
 *  sides are objects; every field of the side that exists otherwise. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === null && after === null) return [];
    return [{ field: '', before: before === null ? null : show(before), after: after === null ? null : show(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({
      field: k,
      before: isRecord(before) ? show(b[k]) : null,
      after: isRecord(after) ? show(a[k]) : null,
    }));
}
