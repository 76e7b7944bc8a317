'use client';

import Link from 'next/link';
import { useState } from 'react';
import { fmtDay, fmtDec, fmtInt } from '@/lib/format';
import { stockDict } from '@/lib/i18n/stock';
import type { Lang } from '@/lib/i18n/dict';
import type { ProvinceStock } from '@/lib/stock/queries';
import { OverdueBadge, StatusBadge } from './StatusBadge';
import { sortParams, sortStockRows, type StockSort } from '@/lib/stock/sort';
import { ExportLinks } from '@/components/ExportLinks';
import { itemSearch } from './ItemSwitch';
import { CoverChip } from '@/components/ProvinceProblems';
import { homeDict } from '@/lib/i18n/home';
import { DataTable } from '@/components/ui/DataTable';

type Row = ProvinceStock['regencies'][number];
/** The regency column stays in view while the table scrolls sideways on a phone. */
const STICKY = 'sticky left-0 z-10 max-w-[9rem] shadow-[2px_0_0_0_rgb(226_232_240)]';
/** Every regency of a province, sortable by any column (status colours, days of cover, overdue). */
export function ProvinceTable({
  rows,
  lang,
  linkable,
  initialSort,
  exportHref,
  item,
}: {
  rows: Row[];
  lang: Lang;
  linkable: string[];
  initialSort: StockSort;
  /** the table's download, without the order (added here) */
  exportHref: string;
  /** the item shown (SPEC §16): the regency links keep it */
  item?: string;
}) {
  const s = stockDict(lang);
  const [sort, setSortState] = useState(initialSort);
  const setSort = (next: StockSort) => {
    setSortState(next);
    // the order lives in the URL too, without a reload
    const url = new URL(window.location.href);
    for (const [k, v] of Object.entries(sortParams(next))) url.searchParams.set(k, v);
    window.history.replaceState(null, '', url);
  };
  const sorted = sortStockRows(rows, sort);
  const th = (k: StockSort['key'], label: string, right = false, sticky = false) => (
    <th
      scope="col"
      className={`px-2 py-2 ${right ? 'text-right' : ''} ${sticky ? STICKY + ' bg-slate-50' : ''}`}
      aria-sort={sort.key === k ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="font-semibold underline decoration-dotted"
        onClick={() => setSort({ key: k, dir: sort.key === k ? (-sort.dir as 1 | -1) : 1 })}
        aria-label={`${s.sortBy} ${label}`}
      >
        {label}
        {sort.key === k ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  const can = new Set(linkable);
  return (
    <>
      <ExportLinks
        href={`${exportHref}&${new URLSearchParams(sortParams(sort))}`}
        lang={lang}
        testId="stock-export"
        className="mb-2 px-2"
      />
      <p className="mb-1 px-2 text-xs text-slate-700 md:hidden" aria-hidden>
        {homeDict(lang).scrollHint} →
      </p>
      <DataTable
        region={s.regency}
        className="w-full min-w-[720px] text-sm"
        testId="province-table"
        headClass="bg-slate-50 text-left text-xs text-slate-700"
        head={
          <tr>
            {th('name', s.regency, false, true)}
            {th('onHand', s.onHand, true)}
            {th('minimum', s.minimum, true)}
            {th('status', s.status)}
            {th('avgDailyUse', s.avgDailyUse, true)}
            {th('daysOfCover', s.daysOfCover, true)}
            {th('projectedStockoutDate', s.stockout)}
            {th('lastUpdatedOn', s.lastUpdate)}
          </tr>
        }
      >
        {sorted.map((r) => (
          <tr key={r.regencyCode} className="border-t border-slate-100" data-code={r.regencyCode}>
            <td className={`px-2 py-2 ${STICKY} bg-white`}>
              {can.has(r.regencyCode) ? (
                <Link
                  href={`/stok?kode=${r.regencyCode}${item ? itemSearch(item) : ''}`}
                  className="font-medium text-brand-700 underline"
                >
                  {r.name}
                </Link>
              ) : (
                <span className="font-medium">{r.name}</span>
              )}
              {/* on a phone the days of cover sit under the name, in view while the rest scrolls */}
              <span className="mt-0.5 block md:hidden" aria-hidden>
                <CoverChip onHand={r.onHand} daysOfCover={r.daysOfCover} lang={lang} />
              </span>
            </td>
            <td className="num px-2 py-2 text-right" data-testid="row-onhand">
              {fmtInt(r.onHand)}
            </td>
            <td className="num px-2 py-2 text-right">{fmtInt(r.minimum)}</td>
            <td className="px-2 py-2">
              <StatusBadge status={r.status} lang={lang} />
            </td>
            <td className="num px-2 py-2 text-right">{fmtDec(r.avgDailyUse)}</td>
            <td className="num px-2 py-2 text-right" data-testid="row-cover">
              <CoverChip onHand={r.onHand} daysOfCover={r.daysOfCover} lang={lang} />
            </td>
            <td className="px-2 py-2">{fmtDay(r.projectedStockoutDate, lang)}</td>
            <td className="px-2 py-2">
              {fmtDay(r.lastUpdatedOn, lang)}
              {r.overdue && <OverdueBadge lang={lang} />}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
