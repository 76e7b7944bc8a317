'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Overview } from '@/lib/overview/queries';
import type { Dict, Lang } from '@/lib/i18n/dict';
import { fmtInt, fmtMonth } from '@/lib/format';
import { nothingToDraw } from './ChartEmpty';
import { ChartFrame, compactNumber } from './ChartFrame';
import { activationLines } from './activationLines';

/** A region's name short enough for a bar's label, still telling regencies apart ("Tj. Jabung
 *  Barat", "Kt. Jambi"). */
const shortName = (n: string) =>
  n
    .replace(/^Provinsi\s+/, '')
    .replace(/^Kabupaten\s+/, '')
    .replace(/^Kota\s+/, 'Kt. ')
    .replace(/^Kepulauan\s+/, 'Kep. ')
    .replace(/\bTanjung\s+/, 'Tj. ')
    .slice(0, 18);

/** Height of a horizontal bar chart: one readable row per region (38 provinces stay legible). */
const barsHeight = (rows: number) => Math.max(120, rows * 26 + 48);
const NAME_WIDTH = 104;
const BARS_MARGIN = { left: 0, right: 12, top: 4, bottom: 0 };

/** The frame of a horizontal bar chart of regions: a row each, or the "no data" sentence when
 *  none of its `figures` has anything to draw. */
function BarsFrame<R>({
  title,
  rows,
  figures,
  t,
  children,
}: {
  title: string;
  rows: R[];
  figures: ((r: R) => number)[];
  t: Dict;
  children: React.ReactElement;
}) {
  return (
    <ChartFrame
      title={title}
      height={barsHeight(rows.length)}
      empty={nothingToDraw(rows, ...figures) ? t.noChartData : null}
    >
      {children}
    </ChartFrame>
  );
}

/** Stock per region as horizontal bars, coloured by status, with the minimum as a line (one
 *  vertical line when every region has the same minimum, else a mark on each bar). */
export function StockChart({ data, t }: { data: Overview; t: Dict }) {
  const rows =
    data.children.length > 0
      ? data.children.map((c) => ({ name: shortName(c.name), onHand: c.stock.onHand, minimum: c.stock.minimum }))
      : [{ name: shortName(data.scope.name), onHand: data.stock.onHand, minimum: data.stock.minimumTotal }];
  const sameMinimum = rows.every((r) => r.minimum === rows[0].minimum);
  return (
    <BarsFrame
      title={`${t.stockChart}${sameMinimum ? ` (${t.minimum} ${fmtInt(rows[0].minimum)})` : ''}`}
      rows={rows}
      figures={[(r) => r.onHand, (r) => r.minimum]}
      t={t}
    >
      <ComposedChart data={rows} layout="vertical" margin={BARS_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={compactNumber}
          tick={{ fontSize: 10 }}
          domain={[0, (max: number) => Math.max(max, ...rows.map((r) => r.minimum))]}
        />
        <YAxis type="category" dataKey="name" width={NAME_WIDTH} tick={{ fontSize: 10 }} interval={0} />
        <Tooltip formatter={(v) => fmtInt(Number(v))} />
        <Bar dataKey="onHand" name={t.onHand} isAnimationActive={false} barSize={14}>
          {rows.map((r) => (
            <Cell key={r.name} fill={r.onHand <= 0 ? '#b91c1c' : r.onHand < r.minimum ? '#d97706' : '#0f766e'} />
          ))}
        </Bar>
        {sameMinimum ? (
          <ReferenceLine x={rows[0].minimum} stroke="#b91c1c" strokeDasharray="5 4" ifOverflow="extendDomain" />
        ) : (
          <Scatter dataKey="minimum" name={t.minimum} fill="#b91c1c" shape={MinimumMark} isAnimationActive={false} />
        )}
      </ComposedChart>
    </BarsFrame>
  );
}

/** A short vertical tick where a bar's minimum is. */
function MinimumMark(props: unknown) {
  const { cx, cy } = props as { cx?: number; cy?: number };
  if (cx === undefined || cy === undefined) return <g />;
  return <rect x={cx - 1.5} y={cy - 9} width={3} height={18} fill="#b91c1c" />;
}

export function IkdChart({ data, t, lang }: { data: Overview; t: Dict; lang: Lang }) {
  const rows = data.series.ikdMonthly.map((m) => ({
    month: fmtMonth(m.month, lang),
    activations: m.activations,
    target: m.target,
  }));
  return (
    <ChartFrame title={t.ikdChart} height={192} empty={rows.length === 0 ? t.noChartData : null}>
      {activationLines(rows, { activations: t.activations, target: t.target }, { left: -10, right: 4 })}
    </ChartFrame>
  );
}

export function QueueChart({ data, t }: { data: Overview; t: Dict }) {
  const rows =
    data.scope.level === 'regency'
      ? data.offices.map((o) => ({
          name: o.name.replace(/^(Disdukcapil|Kantor Kecamatan)\s+/, '').slice(0, 14),
          waiting: o.waiting,
          served: o.served,
        }))
      : data.children
          .filter((c) => c.queue.offices > 0)
          .map((c) => ({ name: shortName(c.name), waiting: c.queue.waiting, served: c.queue.served }));
  return (
    <BarsFrame title={t.queueChart} rows={rows} figures={[(r) => r.waiting, (r) => r.served]} t={t}>
      <BarChart data={rows} layout="vertical" margin={BARS_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={{ fontSize: 10 }} allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={NAME_WIDTH} tick={{ fontSize: 10 }} interval={0} />
        <Tooltip formatter={(v) => fmtInt(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Bar dataKey="waiting" name={t.waiting} fill="#d97706" stackId="q" isAnimationActive={false} barSize={14} />
        <Bar dataKey="served" name={t.served} fill="#0f766e" stackId="q" isAnimationActive={false} barSize={14} />
      </BarChart>
    </BarsFrame>
  );
}
