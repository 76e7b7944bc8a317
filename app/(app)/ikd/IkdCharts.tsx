'use client';
import type { Lang } from '@/lib/i18n/dict';

import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { fmtDay, fmtDec, fmtInt, fmtMonth } from '@/lib/format';
import { dailyAxisMax } from '@/lib/ikd/rules';
import { nothingToDraw } from '@/components/charts/ChartEmpty';
import { ChartFrame, compactNumber } from '@/components/charts/ChartFrame';
import { activationLines } from '@/components/charts/activationLines';
import type { IkdDict } from '@/lib/i18n/ikd';

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
    <ChartFrame
      title={t.chartProgress}
      heightClass="h-64"
      empty={nothingToDraw(rows, (r) => r.activations) ? t.chartEmpty : null}
    >
      {activationLines(rows, { activations: t.activations, target: t.targetPersons }, { left: -6, right: 6 })}
    </ChartFrame>
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
    <ChartFrame title={t.chartDaily} heightClass="h-48" empty={rows.length === 0 ? t.chartEmpty : null}>
      <BarChart data={rows} margin={{ left: -6, right: 6, top: 4, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tick={{ fontSize: 10 }} minTickGap={12} />
        <YAxis
          tickFormatter={compactNumber}
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
    </ChartFrame>
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
    <ChartFrame title={title} heightClass="h-48" empty={nothingToDraw(rows, (r) => r.activations) ? empty : null}>
      <BarChart data={rows} layout="vertical" margin={{ left: 10, right: 10, top: 4, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={compactNumber} tick={{ fontSize: 10 }} />
        <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 10 }} />
        <Tooltip formatter={(v) => fmtInt(Number(v))} />
        <Bar dataKey="activations" fill="#0f766e" isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
