import type { MonthlyReport } from '@/lib/reports/queries';
import { reportsDict } from '@/lib/i18n/reports';
import type { Lang } from '@/lib/api/errors';
import { headersFrom, sheet, type AnySheet, type Column } from './table';

/** The five tables of the monthly report (/laporan), each its own sheet or CSV (`table=`). */
export const REPORT_TABLES = ['stock', 'movements', 'ikd', 'segments', 'queue'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

const r = headersFrom(reportsDict);
const status = (s: string, l: Lang) => (reportsDict(l) as Record<string, string>)[`status_${s}`] ?? s;

type StockRow = MonthlyReport['stock']['rows'][number];
type MovementRow = MonthlyReport['movements'][number];
type IkdRow = MonthlyReport['ikd']['rows'][number];
type SegmentRow = MonthlyReport['ikd']['monthBySegmentChannel'][number];
type QueueRow = Pick<
  MonthlyReport['queue']['offices'][number],
  'name' | 'issued' | 'served' | 'noShows' | 'serviceLevel'
> & {
  days: number | null;
};

const STOCK: Column<StockRow>[] = [
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (s) => s.regencyCode },
  { header: r((d) => d.region), type: 'text', value: (s) => s.name },
  { header: r((d) => d.onHand), type: 'int', value: (s) => s.onHand },
  { header: r((d) => d.minimum), type: 'int', value: (s) => s.minimum },
  { header: r((d) => d.status), type: 'text', value: (s, l) => status(s.status, l) },
  { header: r((d) => d.avgDailyUse), type: 'decimal', value: (s) => s.avgDailyUse },
  {
    header: r((d) => d.daysOfCover),
    type: 'int',
    value: (s) => (s.daysOfCover === null ? null : Math.round(s.daysOfCover)),
  },
  { header: r((d) => d.openingBalance), type: 'int', value: (s) => s.openingBalance },
];
const MOVEMENTS: Column<MovementRow>[] = [
  { header: r((d) => d.type), type: 'text', value: (m) => m.type },
  { header: r((d) => d.count), type: 'int', value: (m) => m.count },
  { header: r((d) => d.quantity), type: 'int', value: (m) => m.quantity },
  { header: r((d) => d.delta), type: 'int', value: (m) => m.delta },
];
const IKD: Column<IkdRow>[] = [
  { header: r((d) => d.rank), type: 'int', value: (k) => k.rank },
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (k) => k.code },
  { header: r((d) => d.region), type: 'text', value: (k) => k.name },
  { header: r((d) => d.activations), type: 'int', value: (k) => k.activations },
  { header: r((d) => `${d.percent} (%)`), type: 'percent', value: (k) => k.percent },
  { header: r((d) => `${d.target} (%)`), type: 'percent', value: (k) => k.target },
];
const SEGMENTS: Column<SegmentRow>[] = [
  { header: r((d) => d.segment), type: 'text', value: (a) => a.segment },
  { header: r((d) => d.channel), type: 'text', value: (a) => a.channel },
  { header: r((d) => d.activations), type: 'int', value: (a) => a.count },
];
const QUEUE: Column<QueueRow>[] = [
  { header: r((d) => d.office), type: 'text', value: (o) => o.name },
  { header: r((d) => d.days), type: 'int', value: (o) => o.days },
  { header: r((d) => d.issued), type: 'int', value: (o) => o.issued },
  { header: r((d) => d.served), type: 'int', value: (o) => o.served },
  { header: r((d) => d.noShows), type: 'int', value: (o) => o.noShows },
  { header: r((d) => `${d.serviceLevel} (%)`), type: 'percent', value: (o) => o.serviceLevel },
];

export const REPORT_TABLE_NAMES: Record<ReportTable, { id: string; en: string }> = {
  stock: { id: 'Stok', en: 'Stock' },
  movements: { id: 'Mutasi', en: 'Movements' },
  ikd: { id: 'IKD', en: 'IKD' },
  segments: { id: 'Segmen dan kanal', en: 'Segments and channels' },
  queue: { id: 'Antrean', en: 'Queue' },
};

/** The report's tables as sheets, in the order of the page; the queue table ends with its total row. */
export function reportSheets(data: MonthlyReport, lang: Lang): Record<ReportTable, AnySheet> {
  const name = (t: ReportTable) => REPORT_TABLE_NAMES[t][lang];
  const total: QueueRow = {
    name: reportsDict(lang).total,
    days: null,
    issued: data.queue.issued,
    served: data.queue.served,
    noShows: data.queue.noShows,
    serviceLevel: data.queue.serviceLevel,
  };
  return {
    stock: sheet({ name: name('stock'), columns: STOCK, rows: data.stock.rows }),
    movements: sheet({ name: name('movements'), columns: MOVEMENTS, rows: data.movements }),
    ikd: sheet({ name: name('ikd'), columns: IKD, rows: data.ikd.rows }),
    segments: sheet({ name: name('segments'), columns: SEGMENTS, rows: data.ikd.monthBySegmentChannel }),
    queue: sheet({
      name: name('queue'),
      columns: QUEUE,
      rows: data.queue.offices.length ? [...data.queue.offices, total] : [],
    }),
  };
}
