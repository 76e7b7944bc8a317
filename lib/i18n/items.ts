/** Words of the item switch (SPEC §16). The stock words in an item's unit: `stockDict(lang, unit)`. */
import { dictionary } from './dict';

export { BLANK_UNIT, stockDict, type Unit } from './stock';

export const itemDict = dictionary({
  id: { item: 'Barang', unit: 'Satuan', monthEnd: 'Saldo akhir bulan per barang', stockOf: (n: string) => `Stok ${n}` },
  en: { item: 'Item', unit: 'Unit', monthEnd: 'Month-end balance per item', stockOf: (n: string) => `${n} stock` },
});
