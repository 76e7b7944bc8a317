import { dictionary, type Lang } from './dict';
import { id } from './id/stock';
import { en } from './en/stock';

/** Strings of the stock pages (Indonesian first, English switch). */
export type StockDict = typeof id;

const stockText = dictionary<StockDict>({ id, en });

export type Unit = { id: string; en: string };

export const BLANK_UNIT: Record<Lang, string> = { id: 'keping', en: 'cards' };

/** The stock words, with their quantity messages in `unit` (default: blanks, the words as they are). */
export function stockDict(lang: Lang, unit?: Unit): StockDict {
  const s = stockText(lang);
  if (!unit || unit[lang] === BLANK_UNIT[lang]) return s;
  const u = (text: string) => text.replaceAll(` ${BLANK_UNIT[lang]}`, ` ${unit[lang]}`);
  return {
    ...s,
    saved: (n) => u(s.saved(n)),
    overdraw: (bal, q) => u(s.overdraw(bal, q)),
    difference: (d) => u(s.difference(d)),
    confirmed: (n) => u(s.confirmed(n)),
    arriving: lang === 'en' ? `Quantity arriving (${unit.en})` : `Jumlah yang datang (${unit.id})`,
  };
}
