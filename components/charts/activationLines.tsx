'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { fmtInt } from '@/lib/format';
import { MAIN_LINE, compactNumber } from './ChartFrame';

/** IKD activations per month, cumulative, against the target of each month's year: the lines
 *  of the overview's IKD chart and of the IKD pages' progress chart. A function, not a
 *  component: ResponsiveContainer sizes the chart element it is given. */
export function activationLines(
  rows: { month: string; activations: number; target: number }[],
  names: { activations: string; target: string },
  margin: { left: number; right: number },
) {
  return (
    <LineChart data={rows} margin={{ ...margin, top: 4, bottom: 0 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="month" tick={{ fontSize: 10 }} minTickGap={16} />
      <YAxis tickFormatter={compactNumber} tick={{ fontSize: 10 }} />
      <Tooltip formatter={(v) => fmtInt(Number(v))} />
      <Legend wrapperStyle={{ fontSize: 11 }} />
      <Line type="monotone" dataKey="activations" name={names.activations} {...MAIN_LINE} />
      <Line
        type="stepAfter"
        dataKey="target"
        name={names.target}
        stroke="#dc2626"
        dot={false}
        strokeDasharray="5 4"
        isAnimationActive={false}
      />
    </LineChart>
  );
}
