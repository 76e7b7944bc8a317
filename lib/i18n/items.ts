/** Words of the item switch (SPEC §16), and the stock dictionary in an item's unit: its messages
 *  say "keping"/"cards" for blanks and "roll"/"rolls" for ribbon and film. */
import type { Lang } from './dict';
import { STOCK_DICTS, type StockDict } from './stock';

export const ITEM_DICTS = {
  id: { item: 'Barang', unit: 'Satuan', monthEnd: 'Saldo akhir bulan per barang', stockOf: (n: string) => `Stok ${n}` },
  en: { item: 'Item', unit: 'Unit', monthEnd: 'Month-end balance per item', stockOf: (n: string) => `${n} stock` },
} as const;

export type Unit = { id: string; en: string };

export const BLANK_UNIT: Record<Lang, string> = { id: 'keping', en: 'cards' };

/** STOCK_DICTS[lang] with its quantity messages in `unit` (default: blanks, the dictionary as is). */
export function stockDict(lang: Lang, unit?: Unit): StockDict {
  const s = STOCK_DICTS[lang];
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
