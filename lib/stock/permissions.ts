import type { PermissionTable } from '@/lib/auth/permissions';

/** The stock domain's rows of the permission table (merged in lib/auth/permissions.ts), SPEC §2:
 *  - `stock.read`: per-regency figures of a province (officers: their province's summary too);
 *  - `stock.ledger.read`: one location's ledger and figures;
 *  - `stock.regency.write`: a regency's own ledger (receipts, prints, spoilage, counts, reversals);
 *  - `stock.transfer`: a TRANSFER between two regencies of one province (officers from their own
 *    regency; heads confirm rebalancing proposals inside their province);
 *  - `stock.province.write`: the province warehouse (receipts, distributions, allocations);
 *  - `stock.minimum.write`: a regency's minimum. */
export type StockAction =
  | 'stock.read'
  | 'stock.ledger.read'
  | 'stock.regency.write'
  | 'stock.transfer'
  | 'stock.province.write'
  | 'stock.minimum.write';

export const STOCK_PERMISSIONS: PermissionTable<StockAction> = {
  ADMIN: {
    'stock.read': 'all',
    'stock.ledger.read': 'all',
    'stock.regency.write': 'all',
    'stock.transfer': 'all',
    'stock.province.write': 'all',
    'stock.minimum.write': 'all',
  },
  PROVINCE_HEAD: {
    'stock.read': 'own',
    'stock.ledger.read': 'own',
    'stock.transfer': 'own',
    'stock.province.write': 'own',
    'stock.minimum.write': 'own',
  },
  REGENCY_OFFICER: {
    'stock.read': 'own+parent',
    'stock.ledger.read': 'own',
    'stock.regency.write': 'own',
    'stock.transfer': 'own',
  },
  COUNTER_OPERATOR: {},
  KIOSK: {},
};
