import type { Actor } from '@/lib/auth/permissions';
import type { Lang } from '@/lib/i18n/dict';
import { requisitionDict } from '@/lib/i18n/requisitions';
import { openRequisitions } from '@/lib/requisitions/queries';
import { fmtDay, fmtInt } from '@/lib/format';

/** The warehouse receipt form's choice of requisitions (submitted, not cancelled), labelled
 *  "#1 · 1 Jan 2023 – 31 Mar 2023 · 20.000 / 91.959 · Sebagian terpenuhi". */
export async function requisitionChoices(actor: Actor, provinceCode: string, lang: Lang) {
  const d = requisitionDict(lang);
  return (await openRequisitions(actor, provinceCode)).map((r) => ({
    id: r.id,
    label: `#${r.id} · ${fmtDay(r.from, lang)} – ${fmtDay(r.to, lang)} · ${fmtInt(r.received)} / ${fmtInt(r.total)} · ${d.stateLabel[r.state]}`,
  }));
}
