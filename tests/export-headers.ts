/** The header rows of the exports as an Indonesian user downloads them: the tests of the export
 *  columns (lib/export) and the browser tests of the downloads (e2e) expect the same ones. */

/** The /stok table of a province. */
export const STOCK_HEADER_ID = [
  'Kode',
  'Kabupaten/kota',
  'Stok',
  'Minimum',
  'Status',
  'Rata-rata pemakaian/hari',
  'Cukup untuk (hari)',
  'Perkiraan habis',
  'Pembaruan terakhir',
  'Terlambat',
];

/** The drill-down table of the overview. */
export const OVERVIEW_HEADER_ID = [
  'Kode',
  'Wilayah',
  'Stok',
  'Status stok',
  'Di bawah minimum',
  'IKD (%)',
  'Status IKD',
  'Menunggu',
  'Dilayani',
  'Terlambat',
];

/** The allocation planner's proposal. */
export const ALLOCATION_HEADER_ID = [
  'Kode',
  'Kabupaten/kota',
  'Alokasi',
  'Stok setelah',
  'Cukup untuk (setelah) (hari)',
  'Stok',
  'Minimum',
];
