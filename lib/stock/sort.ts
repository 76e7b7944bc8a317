/** The order of the province stock table (/stok), kept in the URL (`urut=daysOfCover&arah=turun`)
 *  so a shared link and the table's download show the regencies in the same order. Pure. */
const KEYS = [
  'name',
  'onHand',
  'minimum',
  'status',
  'avgDailyUse',
  'daysOfCover',
  'projectedStockoutDate',
  'lastUpdatedOn',
] as const;
export type SortKey = (typeof KEYS)[number];
export interface StockSort {
  key: SortKey;
  dir: 1 | -1;
}

export function sortFromParams(key: unknown, dir: unknown): StockSort {
  const k = KEYS.find((x) => x === key) ?? 'status';
  return { key: k, dir: dir === 'turun' ? -1 : 1 };
}

export const sortParams = (s: StockSort) => ({ urut: s.key, arah: s.dir === 1 ? 'naik' : 'turun' });

interface SortableRow {
  regencyCode: string;
  name: string;
  onHand: number;
  minimum: number;
  status: string;
  avgDailyUse: number;
  daysOfCover: number | null;
  projectedStockoutDate: string | null;
  lastUpdatedOn: string | null;
}

const STATUS_ORDER: Record<string, number> = { OUT: 0, BELOW_MINIMUM: 1, OK: 2 };

function value(r: SortableRow, k: SortKey): number | string {
  if (k === 'status') return STATUS_ORDER[r.status];
  if (k === 'daysOfCover') return r.daysOfCover ?? Number.POSITIVE_INFINITY;
  if (k === 'projectedStockoutDate') return r.projectedStockoutDate ?? '9999';
  if (k === 'lastUpdatedOn') return r.lastUpdatedOn ?? '';
  return r[k];
}

/** The rows in the table's order; ties by regency code. */
export function sortStockRows<R extends SortableRow>(rows: R[], sort: StockSort): R[] {
  return [...rows].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    return (x < y ? -1 : x > y ? 1 : a.regencyCode < b.regencyCode ? -1 : 1) * sort.dir;
  });
}
