import type { Lang } from '@/lib/i18n/dict';
import { can, type Actor } from '@/lib/auth/permissions';
import { ikdDayMarks } from '@/lib/anomalies/anomalies';
import { periodsDict } from '@/lib/i18n/periods';
import { fmtDay, fmtInt } from '@/lib/format';
import { AnomalyMark } from '@/components/AnomalyMark';
import { AnomalyCheck } from '@/components/AnomalyCheck';

/** The regency's IKD days flagged when entered (SPEC §14), each with its mark; a head marks an
 *  open one checked here. */
export async function FlaggedDays({ actor, code, lang }: { actor: Actor; code: string; lang: Lang }) {
  const d = periodsDict(lang);
  const marks = await ikdDayMarks(actor, code);
  const mayCheck = can(actor, 'anomaly.check', code);
  return (
    <section id="anomali" aria-labelledby="anomali-h" className="mt-4 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="anomali-h" className="mb-2 font-semibold">
        {d.flaggedDays}
      </h2>
      {marks.length === 0 ? (
        <p className="text-sm text-slate-700">{d.noFlaggedDays}</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="flagged-days">
          {marks.map((m) => (
            <li key={m.id}>
              <span className="font-semibold">{fmtDay(m.day, lang)}</span> · {fmtInt(m.value)}
              <AnomalyMark anomaly={m} lang={lang} />
              {m.checkedAt === null && mayCheck && <AnomalyCheck anomalyId={m.id} lang={lang} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
