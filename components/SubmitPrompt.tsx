import type { Lang } from '@/lib/i18n/dict';
import { can, type Actor } from '@/lib/auth/permissions';
import { getHandle } from '@/lib/db';
import { regionIndex } from '@/lib/regions/queries';
import { getPeriod } from '@/lib/periods/periods';
import { lastDayOf, previousMonth } from '@/lib/periods/rules';
import { localDate } from '@/lib/time';
import { MonthSummary } from './MonthClose';

/** On the officer's home page: last month, while still OPEN, with what is in it and the submit
 *  button (SPEC §14). Nothing for other roles or once submitted. */
export async function SubmitPrompt({ actor, lang }: { actor: Actor; lang: Lang }) {
  const code = actor.scopeCode;
  if (!code || !can(actor, 'period.submit', code)) return null;
  const region = (await regionIndex(await getHandle())).byCode.get(code);
  if (!region || region.level !== 'regency') return null;
  const month = previousMonth(localDate(region.timeZone));
  const p = await getPeriod(actor, code, month);
  if (p.state !== 'OPEN') return null;
  return (
    <MonthSummary code={code} month={month} lang={lang} actor={actor} state="OPEN" ended lastDay={lastDayOf(month)} />
  );
}
