'use client';
import type { Lang } from '@/lib/i18n/dict';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { fmtDay, fmtDec, fmtInt, fmtMonth } from '@/lib/format';
import { dailyAxisMax } from '@/lib/ikd/rules';
import { ChartEmpty, nothingToDraw } from '@/components/charts/ChartEmpty';
import type { IkdDict } from '@/lib/i18n/ikd';

const short = (v: number) =>
  new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 }).format(v);

function Frame({
  title,
  children,
  tall,
  empty,
}: {
  title: string;
  children: React.ReactElement;
  tall?: boolean;
  /** nothing to draw: this sentence instead of empty axes */
  empty?: string | null;
}) {
  return (
    <figure className="mt-3">
      <figcaption className="mb-1 text-xs font-medium text-slate-600">{title}</figcaption>
      {empty ? (
        <ChartEmpty message={empty} />
      ) : (
        <div className={`${tall ? 'h-64' : 'h-48'} w-full`} role="img" aria-label={title}>
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

/** Cumulative activations per month with the target (persons) of each month's year. */
export function ProgressChart({
  series,
  t,
  lang,
}: {
  series: { month: string; activations: number; target: number }[];
  t: IkdDict;
  lang: Lang;
}) {
  const rows = series.map((m) => ({ month: fmtMonth(m.month, lang), activations: m.activations, target: m.target }));
  return (
    <Frame title={t.chartProgress} tall empty={nothingToDraw(rows, (r) => r.activations) ? t.chartEmpty : null}>
      <LineChart data={rows} margin={{ left: -6, right: 6, top: 4, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tick={{ fontSize: 10 }} minTickGap={16} />
        <YAxis tickFormatter={short} tick={{ fontSize: 10 }} />
        <Tooltip formatter={(v) => fmtInt(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Line
          type="monotone"
          dataKey="activations"
          name={t.activations}
          stroke="#0f766e"
          dot={false}
          strokeWidth={2}
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="target"
          name={t.targetPersons}
          stroke="#dc2626"
          dot={false}
          strokeDasharray="5 4"
          isAnimationActive={false}
        />
      </LineChart>
    </Frame>
  );
}

/** Daily activations of the last 60 days against the required daily pace. */
export function DailyChart({
  daily,
  required,
  t,
  lang,
}: {
  daily: { day: string; activations: number }[];
  required: number;
  t: IkdDict;
  lang: Lang;
}) {
  const rows = daily.map((d) => ({ day: fmtDay(d.day, lang).replace(/ \d{4}$/, ''), activations: d.activations }));
  return (
    <Frame title={t.chartDaily} empty={rows.length === 0 ? t.chartEmpty : null}>
      <BarChart data={rows} margin={{ left: -6, right: 6, top: 4, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tick={{ fontSize: 10 }} minTickGap={12} />
        <YAxis
          tickFormatter={short}
          tick={{ fontSize: 10 }}
          domain={[
            0,
            dailyAxisMax(
              rows.map((r) => r.activations),
              required,
            ),
          ]}
          allowDataOverflow={false}
        />
        <Tooltip formatter={(v) => fmtInt(Number(v))} />
        <Bar dataKey="activations" name={t.activations} fill="#0f766e" isAnimationActive={false} />
        {required > 0 && (
          <ReferenceLine
            y={required}
            stroke="#dc2626"
            strokeDasharray="5 4"
            ifOverflow="extendDomain"
            label={{
              value: `${t.requiredPace}: ${fmtDec(required)}${t.perDay}`,
              fontSize: 10,
              fill: '#b91c1c',
              position: 'insideTopRight',
            }}
          />
        )}
      </BarChart>
    </Frame>
  );
}

export function BreakdownChart({
  title,
  rows,
  empty,
}: {
  title: string;
  rows: { name: string; activations: number }[];
  /** what to say when every count is zero */
  empty: string;
}) {
  return (
    <Frame title={title} empty={nothingToDraw(rows, (r) => r.activations) ? empty : null}>
      <BarChart data={rows} layout="vertical" margin={{ left: 10, right: 10, top: 4, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={short} tick={{ fontSize: 10 }} />
        <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 10 }} />
        <Tooltip formatter={(v) => fmtInt(Number(v))} />
        <Bar dataKey="activations" fill="#0f766e" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}
