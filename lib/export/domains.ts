import type { IkdRanking } from '@/lib/ikd/queries';
import type { listIkdCampaigns } from '@/lib/ikd/writes';
import type { CounterFigures, OfficeFigures } from '@/lib/queue/figures';
import type { OfficeView, CounterView } from '@/lib/queue/offices';
import { ikdDict } from '@/lib/i18n/ikd';
import { queueDict, type QueueDict } from '@/lib/i18n/queue';
import { headersFrom, yesNo, type Column } from './table';

/** The export columns of the IKD ranking and the queue tables: the columns the pages show. */

type IkdRow = IkdRanking['rows'][number];
const both = headersFrom(ikdDict);
const q = headersFrom(queueDict);
const minutes = (f: (d: QueueDict) => string) => q((d) => `${f(d)} (${d.minutes})`);
const pct = (f: (d: QueueDict) => string) => q((d) => `${f(d)} (%)`);

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
  { header: both((d) => d.status), type: 'text', value: (r, l) => ikdDict(l).statusLabel[r.status] ?? r.status },
];

export const QUEUE_COLUMNS: Column<OfficeFigures>[] = [
  { header: q((d) => d.office), type: 'text', value: (o) => o.name },
  { header: q((d) => d.regency), type: 'text', value: (o) => o.regencyName },
  { header: { id: 'Tanggal', en: 'Date' }, type: 'date', value: (o) => o.day },
  { header: q((d) => d.issued), type: 'int', value: (o) => o.issued },
  { header: q((d) => d.waiting), type: 'int', value: (o) => o.waiting },
  { header: q((d) => d.served), type: 'int', value: (o) => o.served },
  { header: q((d) => d.noShows), type: 'int', value: (o) => o.noShows },
  { header: q((d) => d.remaining), type: 'int', value: (o) => o.remainingCapacity },
  { header: q((d) => d.capacity), type: 'int', value: (o) => o.capacity },
  { header: pct((d) => d.utilization), type: 'percent', value: (o) => o.utilization },
  { header: minutes((d) => d.avgWait), type: 'decimal', value: (o) => o.avgWaitMin },
  { header: minutes((d) => d.longestWaitNow), type: 'decimal', value: (o) => o.longestWaitNowMin },
  { header: pct((d) => d.serviceLevel), type: 'percent', value: (o) => o.serviceLevel },
  { header: q((d) => d.overloaded), type: 'text', value: (o, l) => yesNo(o.overloaded, l) },
];

/** The per-counter tables inside the office cards of /antrean, all offices in one list. */
export type CounterRow = CounterFigures & { office: Pick<OfficeFigures, 'name' | 'regencyName' | 'day'> };
export const counterRows = (offices: OfficeFigures[]): CounterRow[] =>
  offices.flatMap((o) => o.counters.map((c) => ({ ...c, office: o })));

export const COUNTER_COLUMNS: Column<CounterRow>[] = [
  { header: q((d) => d.office), type: 'text', value: (c) => c.office.name },
  { header: q((d) => d.regency), type: 'text', value: (c) => c.office.regencyName },
  { header: { id: 'Tanggal', en: 'Date' }, type: 'date', value: (c) => c.office.day },
  { header: q((d) => d.counters), type: 'text', value: (c) => c.name },
  {
    header: { id: 'Status', en: 'Status' },
    type: 'text',
    value: (c, l) => (c.isOpen ? queueDict(l).open : queueDict(l).closed),
  },
  { header: q((d) => d.current), type: 'text', value: (c) => c.current?.number },
  { header: q((d) => d.waiting), type: 'int', value: (c) => c.waiting },
  { header: q((d) => d.served), type: 'int', value: (c) => c.served },
  { header: q((d) => d.noShows), type: 'int', value: (c) => c.noShows },
  { header: pct((d) => d.utilization), type: 'percent', value: (c) => c.utilization },
  { header: minutes((d) => d.avgWait), type: 'decimal', value: (c) => c.avgWaitMin },
  { header: minutes((d) => d.longestWait), type: 'decimal', value: (c) => c.longestWaitMin },
  { header: minutes((d) => d.avgService), type: 'decimal', value: (c) => c.avgServiceMin },
  { header: pct((d) => d.serviceLevel), type: 'percent', value: (c) => c.serviceLevel },
];

/** /kantor: one row per counter (an office without counters is one row with empty counter cells). */
export type OfficeCounterRow = { office: OfficeView; counter: CounterView | null };
export const officeCounterRows = (offices: OfficeView[]): OfficeCounterRow[] =>
  offices.flatMap((o): OfficeCounterRow[] =>
    o.counters.length ? o.counters.map((c) => ({ office: o, counter: c })) : [{ office: o, counter: null }],
  );

export const OFFICE_COLUMNS: Column<OfficeCounterRow>[] = [
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (r) => r.office.regencyCode },
  { header: q((d) => d.regency), type: 'text', value: (r) => r.office.regencyName },
  { header: q((d) => d.office), type: 'text', value: (r) => r.office.name },
  {
    header: q((d) => d.officeKind),
    type: 'text',
    value: (r, l) => queueDict(l).kind[r.office.kind] ?? r.office.kind,
  },
  { header: q((d) => d.opensAt), type: 'text', value: (r) => r.office.opensAt },
  { header: q((d) => d.closesAt), type: 'text', value: (r) => r.office.closesAt },
  { header: q((d) => d.counters), type: 'text', value: (r) => r.counter?.name },
  {
    header: q((d) => d.services),
    type: 'text',
    value: (r, l) => r.counter?.services.map((s) => queueDict(l).service[s] ?? s).join(', '),
  },
  { header: q((d) => d.capacity), type: 'int', value: (r) => r.counter?.capacity },
  {
    header: { id: 'Status', en: 'Status' },
    type: 'text',
    value: (r, l) => (r.counter ? (r.counter.isOpen ? queueDict(l).open : queueDict(l).closed) : null),
  },
];

/** The jemput bola campaigns table of an IKD regency page. */
type CampaignRow = Awaited<ReturnType<typeof listIkdCampaigns>>['campaigns'][number];
export const CAMPAIGN_COLUMNS: Column<CampaignRow>[] = [
  { header: both((d) => d.date), type: 'date', value: (c) => c.day },
  { header: both((d) => d.place), type: 'text', value: (c) => c.place },
  { header: both((d) => d.notes), type: 'text', value: (c) => c.notes },
  { header: both((d) => d.segmentHeading), type: 'text', value: (c, l) => ikdDict(l).segment[c.segment] ?? c.segment },
  { header: both((d) => d.planned), type: 'int', value: (c) => c.planned },
  { header: both((d) => d.achieved), type: 'int', value: (c) => c.achieved },
];
