/** The order of the province stock table, kept in the URL (shared by the page and the table). */
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

/** The order of the table from the URL (`urut=daysOfCover&arah=turun`), so a shared link keeps it. */
export function sortFromParams(key: unknown, dir: unknown): { key: SortKey; dir: 1 | -1 } {
  const k = KEYS.find((x) => x === key) ?? 'status';
  return { key: k, dir: dir === 'turun' ? -1 : 1 };
}
