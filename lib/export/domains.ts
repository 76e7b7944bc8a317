import type { IkdRanking } from '@/lib/ikd/queries';
import type { OfficeFigures } from '@/lib/queue/figures';
import { ikdDict } from '@/lib/i18n/ikd';
import type { Column } from './table';

/** The export columns of the IKD ranking and the queue supervisor tables: the columns the pages show. */

type IkdRow = IkdRanking['rows'][number];
const both = (f: (d: ReturnType<typeof ikdDict>) => string) => ({ id: f(ikdDict('id')), en: f(ikdDict('en')) });

export const IKD_COLUMNS: Column<IkdRow>[] = [
  { header: both((d) => d.rank), type: 'int', value: (r) => r.rank },
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (r) => r.code },
  { header: both((d) => d.region), type: 'text', value: (r) => r.name },
  { header: both((d) => d.percent), type: 'percent', value: (r) => r.percent },
  { header: both((d) => d.target), type: 'percent', value: (r) => r.target },
  { header: both((d) => d.activations), type: 'int', value: (r) => r.activations },
  { header: both((d) => d.wajibKtp), type: 'int', value: (r) => r.wajibKtp },
  { header: both((d) => d.targetPersons), type: 'int', value: (r) => r.targetPersons },
  { header: both((d) => d.gap), type: 'int', value: (r) => r.gapPersons },
  { header: both((d) => d.requiredPace), type: 'decimal', value: (r) => r.requiredDailyPace },
  { header: both((d) => d.pace30), type: 'decimal', value: (r) => r.pace30 },
  { header: both((d) => d.status), type: 'text', value: (r) => r.status },
];

export const QUEUE_COLUMNS: Column<OfficeFigures>[] = [
  { header: { id: 'Kantor', en: 'Office' }, type: 'text', value: (o) => o.name },
  { header: { id: 'Kabupaten/kota', en: 'Regency' }, type: 'text', value: (o) => o.regencyName },
  { header: { id: 'Tanggal', en: 'Date' }, type: 'date', value: (o) => o.day },
  { header: { id: 'Tiket', en: 'Issued' }, type: 'int', value: (o) => o.issued },
  { header: { id: 'Menunggu', en: 'Waiting' }, type: 'int', value: (o) => o.waiting },
  { header: { id: 'Dilayani', en: 'Served' }, type: 'int', value: (o) => o.served },
  { header: { id: 'Tidak hadir', en: 'No-shows' }, type: 'int', value: (o) => o.noShows },
  { header: { id: 'Sisa kapasitas', en: 'Remaining capacity' }, type: 'int', value: (o) => o.remainingCapacity },
  { header: { id: 'Kapasitas', en: 'Capacity' }, type: 'int', value: (o) => o.capacity },
  { header: { id: 'Utilisasi (%)', en: 'Utilization (%)' }, type: 'percent', value: (o) => o.utilization },
  { header: { id: 'Rata-rata tunggu (mnt)', en: 'Average wait (min)' }, type: 'decimal', value: (o) => o.avgWaitMin },
  {
    header: { id: 'Tingkat layanan (%)', en: 'Service level (%)' },
    type: 'percent',
    value: (o) => o.serviceLevel,
  },
  { header: { id: 'Kelebihan beban', en: 'Overloaded' }, type: 'text', value: (o) => (o.overloaded ? 'Ya' : 'Tidak') },
];
