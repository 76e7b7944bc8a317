'use client';

import { useState } from 'react';
import { fmtDec, fmtInt } from '@/lib/format';
import { requisitionDict } from '@/lib/i18n/requisitions';
import type { Lang } from '@/lib/i18n/dict';
import type { RequisitionLine } from '@/lib/requisitions/queries';
import { requisitionTotal } from '@/lib/requisitions/rules';
import { callApi } from '@/lib/client/api';
import { HeadRow } from '@/components/ui/HeadRow';
import { DataTable } from '@/components/ui/DataTable';
import { usePageWrite } from '@/components/usePageWrite';

const parse = (s: string) => (/^\d{1,7}$/.test(s.replace(/\./g, '')) ? Number(s.replace(/\./g, '')) : null);

/** A requisition's lines: per regency the figures of SPEC §17 and the requested quantity, with
 *  the province total after the warehouse stock. While DRAFT, the head edits the requested
 *  column and saves it (PUT /requisitions/{id} {lines}); the total follows as they type. */
export function LinesTable({
  id,
  lines,
  warehouseOnHand,
  editable,
  lang,
}: {
  id: number;
  lines: RequisitionLine[];
  warehouseOnHand: number;
  editable: boolean;
  lang: Lang;
}) {
  const d = requisitionDict(lang);
  const { busy, outcome, run } = usePageWrite();
  const [values, setValues] = useState(() =>
    Object.fromEntries(lines.map((l) => [l.regencyCode, String(l.requested)])),
  );
  const requested = lines.map((l) => (editable ? (parse(values[l.regencyCode]) ?? l.requested) : l.requested));
  const sum = requested.reduce((a, b) => a + b, 0);
  const total = requisitionTotal(requested, warehouseOnHand);
  const changed = lines.filter((l, i) => requested[i] !== l.requested);
  const invalid = editable && lines.some((l) => parse(values[l.regencyCode]) === null);

  const save = () =>
    run(
      () =>
        callApi({
          method: 'PUT',
          path: `/requisitions/${id}`,
          body: { lines: changed.map((l) => ({ regencyCode: l.regencyCode, requested: requested[lines.indexOf(l)] })) },
          lang,
        }),
      d.saved,
    );

  const num = 'num px-2 py-1.5 text-right';
  const input = (l: RequisitionLine) => (
    <input
      aria-label={`${d.requested} ${l.name}`}
      inputMode="numeric"
      value={values[l.regencyCode]}
      onChange={(e) => setValues((v) => ({ ...v, [l.regencyCode]: e.target.value }))}
      className={`w-24 rounded border px-1.5 py-1 text-right ${
        parse(values[l.regencyCode]) === null ? 'border-red-600' : 'border-slate-300'
      }`}
    />
  );
  return (
    <div className="space-y-2">
      {/* phones: one card per regency, the requested quantity at hand */}
      <ul className="space-y-2 sm:hidden">
        {lines.map((l, i) => (
          <li key={l.regencyCode} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div className="flex items-center justify-between gap-2">
              <span className="font-semibold">{l.name}</span>
              {editable ? input(l) : <span className="num font-semibold">{fmtInt(requested[i])}</span>}
            </div>
            <p className="num text-xs text-slate-600">
              {d.onHand} {fmtInt(l.onHand)} · {d.minimum} {fmtInt(l.minimum)} · {fmtDec(l.avgDailyUse)}/{d.days} ·{' '}
              {d.projectedUse} {fmtInt(l.projectedUse)} · {d.cohort} {fmtInt(l.cohort)}
              {requested[i] !== l.proposed ? ` · ${d.proposed} ${fmtInt(l.proposed)}` : ''}
            </p>
          </li>
        ))}
        <li className="num flex justify-between px-1 text-sm">
          <span>{d.warehouse}</span>
          <span>{warehouseOnHand > 0 ? `−${fmtInt(warehouseOnHand)}` : '0'}</span>
        </li>
        <li className="num flex justify-between border-t-2 border-slate-400 px-1 pt-1 font-bold">
          <span>{d.total}</span>
          <span>{fmtInt(total)}</span>
        </li>
      </ul>
      <DataTable
        frameClass="hidden overflow-x-auto sm:block"
        className="w-full min-w-[44rem] text-sm"
        testId="rq-lines"
        headClass="border-b border-slate-300 text-left"
        head={
          <HeadRow
            cellClass="px-2 py-2 text-right"
            cells={[
              [d.regency, 'px-2 py-2'],
              d.onHand,
              d.minimum,
              d.avgDailyUse,
              d.projectedUse,
              d.cohort,
              d.requested,
            ]}
          />
        }
        foot={
          <tfoot>
            <tr>
              <th scope="row" colSpan={6} className="px-2 py-1.5 text-right font-normal">
                {d.sumRequested}
              </th>
              <td className={num} data-testid="rq-sum">
                {fmtInt(sum)}
              </td>
            </tr>
            <tr>
              <th scope="row" colSpan={6} className="px-2 py-1.5 text-right font-normal">
                {d.warehouse}
              </th>
              <td className={num}>{warehouseOnHand > 0 ? `−${fmtInt(warehouseOnHand)}` : '0'}</td>
            </tr>
            <tr className="border-t-2 border-slate-400">
              <th scope="row" colSpan={6} className="px-2 py-2 text-right font-semibold">
                {d.total}
              </th>
              <td className={`${num} text-base font-bold`} data-testid="rq-total">
                {fmtInt(total)}
              </td>
            </tr>
          </tfoot>
        }
      >
        {lines.map((l, i) => (
          <tr key={l.regencyCode} className="border-b border-slate-100" data-testid={`line-${l.regencyCode}`}>
            <th scope="row" className="px-2 py-1.5 text-left font-normal">
              {l.name}
            </th>
            <td className={num}>{fmtInt(l.onHand)}</td>
            <td className={num}>{fmtInt(l.minimum)}</td>
            <td className={num}>{fmtDec(l.avgDailyUse)}</td>
            <td className={num}>{fmtInt(l.projectedUse)}</td>
            <td className={num}>{fmtInt(l.cohort)}</td>
            <td className={num}>
              {editable ? input(l) : <span data-testid="requested">{fmtInt(requested[i])}</span>}
              {l.requested !== l.proposed && !editable && (
                <span className="block text-xs text-slate-600">
                  {d.edited} ({d.proposed}: {fmtInt(l.proposed)})
                </span>
              )}
              {editable && requested[i] !== l.proposed && (
                <span className="block text-xs text-slate-600">
                  {d.proposed}: {fmtInt(l.proposed)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {editable && (
        <div className="no-print flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={save}
            disabled={busy || invalid || changed.length === 0}
            className="rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700 disabled:opacity-50"
          >
            {busy ? d.saving : d.saveLines}
          </button>
          <p
            role="status"
            aria-live="polite"
            className={`text-sm ${outcome?.ok ? 'text-emerald-800' : 'text-red-700'}`}
          >
            {outcome?.text}
          </p>
        </div>
      )}
    </div>
  );
}
