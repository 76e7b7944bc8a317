import type { Overview } from '@/lib/overview/queries';
import { appDict } from '@/lib/i18n/dict';
import { headersFrom, yesNo, type Column } from './table';

/** The drill-down table of /overview (provinces of the nation, regencies of a province). */
type Child = Overview['children'][number];
const t = headersFrom(appDict);

export const OVERVIEW_COLUMNS: Column<Child>[] = [
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (c) => c.code },
  { header: t((d) => d.region), type: 'text', value: (c) => c.name },
  { header: t((d) => d.onHand), type: 'int', value: (c) => c.stock.onHand },
  // a regency shows its stock status; a province the number of its regencies below minimum
  {
    header: { id: 'Status stok', en: 'Stock status' },
    type: 'text',
    value: (c, l) => (c.stock.status ? (appDict(l).statusLabel[c.stock.status] ?? c.stock.status) : null),
  },
  { header: t((d) => d.belowMinimum), type: 'int', value: (c) => c.stock.belowMinimum },
  { header: { id: 'IKD (%)', en: 'IKD (%)' }, type: 'percent', value: (c) => c.ikd.percent },
  {
    header: { id: 'Status IKD', en: 'IKD status' },
    type: 'text',
    value: (c, l) => appDict(l).statusLabel[c.ikd.status] ?? c.ikd.status,
  },
  { header: t((d) => d.waiting), type: 'int', value: (c) => c.queue.waiting },
  { header: t((d) => d.served), type: 'int', value: (c) => c.queue.served },
  { header: t((d) => d.overdue), type: 'text', value: (c, l) => yesNo(c.overdue, l) },
];
