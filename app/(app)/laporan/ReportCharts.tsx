'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { fmtInt } from '@/lib/format';
import { compactNumber } from '@/components/charts/ChartFrame';

/** A small fixed-size horizontal bar chart in the app's colour (fixed size: it renders the same on
 *  screen, at 360 px and on A4; horizontal, so long names never collide). */
export function ReportBarChart({ title, data }: { title: string; data: { name: string; value: number }[] }) {
  return (
    <figure className="report-chart mt-3 max-w-full overflow-hidden">
      <figcaption className="mb-1 text-xs font-medium text-slate-600">{title}</figcaption>
      <div role="img" aria-label={title}>
        <BarChart
          width={320}
          height={Math.max(100, data.length * 26 + 36)}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 12, bottom: 4, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={compactNumber} tick={{ fontSize: 10 }} />
          <YAxis type="category" dataKey="name" tick={{ fontSize: 10 }} width={110} interval={0} />
          <Tooltip formatter={(v) => fmtInt(Number(v))} />
          <Bar dataKey="value" fill="#0f766e" isAnimationActive={false} barSize={14} />
        </BarChart>
      </div>
    </figure>
  );
}
