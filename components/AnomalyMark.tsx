import type { Lang } from '@/lib/i18n/dict';
import type { Anomaly } from '@/lib/anomalies/anomalies';
import { periodsDict } from '@/lib/i18n/periods';

/** The mark of a flagged entry in the ledger and the IKD day list (SPEC §14): open anomalies
 *  in amber, checked ones grey with the head's note as the title. */
export function AnomalyMark({ anomaly, lang }: { anomaly: Anomaly | undefined; lang: Lang }) {
  if (!anomaly) return null;
  const d = periodsDict(lang);
  const checked = anomaly.checkedAt !== null;
  const title = checked
    ? `${d.rules[anomaly.rule]} · ${anomaly.checkedBy ?? ''}: ${anomaly.checkNote ?? ''}`
    : d.rules[anomaly.rule];
  return (
    <span
      title={title}
      data-testid="anomaly-mark"
      data-checked={checked ? '1' : '0'}
      className={`ml-1 rounded px-1 text-xs font-semibold ${checked ? 'bg-slate-100 text-slate-700' : 'bg-amber-100 text-amber-900'}`}
    >
      ⚑ {checked ? d.anomalyChecked : d.anomalyMark}
      <span className="sr-only">: {title}</span>
    </span>
  );
}
