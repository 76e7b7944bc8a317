import type { AllocationPlan, ProvinceStock, getLedger } from '@/lib/stock/queries';
import { stockDict } from '@/lib/i18n/stock';
import { headersFrom, yesNo, type Column } from './table';

/** The export columns of the stock tables of /stok: the province table and a location's ledger. */

type StockRow = ProvinceStock['regencies'][number];
type LedgerRow = Awaited<ReturnType<typeof getLedger>>['items'][number];
const both = headersFrom(stockDict);

export const STOCK_COLUMNS: Column<StockRow>[] = [
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (r) => r.regencyCode },
  { header: both((s) => s.regency), type: 'text', value: (r) => r.name },
  { header: both((s) => s.onHand), type: 'int', value: (r) => r.onHand },
  { header: both((s) => s.minimum), type: 'int', value: (r) => r.minimum },
  { header: both((s) => s.status), type: 'text', value: (r, l) => stockDict(l).statusLabel[r.status] ?? r.status },
  { header: both((s) => s.avgDailyUse), type: 'decimal', value: (r) => r.avgDailyUse },
  // shown as whole days ("12 hari"), so exported as whole days
  {
    header: both((s) => `${s.daysOfCover} (${s.days})`),
    type: 'int',
    value: (r) => (r.daysOfCover === null ? null : Math.floor(r.daysOfCover)),
  },
  { header: both((s) => s.stockout), type: 'date', value: (r) => r.projectedStockoutDate },
  { header: both((s) => s.lastUpdate), type: 'date', value: (r) => r.lastUpdatedOn },
  { header: both((s) => s.overdue), type: 'text', value: (r, l) => yesNo(r.overdue, l) },
];

export const LEDGER_COLUMNS: Column<LedgerRow>[] = [
  { header: both((s) => s.date), type: 'date', value: (m) => m.occurredOn },
  { header: both((s) => s.type), type: 'text', value: (m, l) => stockDict(l).typeLabel[m.type] ?? m.type },
  { header: both((s) => s.counterpart), type: 'text', value: (m) => m.counterpartCode },
  { header: both((s) => s.change), type: 'int', value: (m) => m.delta },
  { header: both((s) => s.balanceAfter), type: 'int', value: (m) => m.balanceAfter },
  { header: both((s) => s.reference), type: 'text', value: (m) => m.reference },
  { header: both((s) => s.note), type: 'text', value: (m) => m.note },
  { header: { id: 'Dibatalkan', en: 'Reversed' }, type: 'text', value: (m, l) => yesNo(m.reversed, l) },
  { header: both((s) => s.recordedBy), type: 'text', value: (m) => m.recordedBy },
];

/** The proposal of the allocation planner (/stok/alokasi) as the server computed it. */
type PlanLine = AllocationPlan['lines'][number];
export const ALLOCATION_COLUMNS: Column<PlanLine>[] = [
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (l) => l.regencyCode },
  { header: both((s) => s.regency), type: 'text', value: (l) => l.name },
  { header: both((s) => s.allocate), type: 'int', value: (l) => l.quantity },
  { header: both((s) => s.afterOnHand), type: 'int', value: (l) => l.onHandAfter },
  {
    header: both((s) => `${s.afterCover} (${s.days})`),
    type: 'int',
    value: (l) => (l.daysOfCoverAfter === null ? null : Math.floor(l.daysOfCoverAfter)),
  },
  { header: both((s) => s.onHand), type: 'int', value: (l) => l.onHand },
  { header: both((s) => s.minimum), type: 'int', value: (l) => l.minimum },
];
