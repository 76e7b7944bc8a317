'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { fmtInt } from '@/lib/format';

const short = (v: number) =>
  new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 }).format(v);

/** A small fixed-size bar chart (fixed size: it renders the same on screen, at 360 px and on A4). */
export function ReportBarChart({ title, data }: { title: string; data: { name: string; value: number }[] }) {
  return (
    <figure className="report-chart mt-3 max-w-full overflow-hidden">
      <figcaption className="mb-1 text-xs font-medium text-slate-600">{title}</figcaption>
      <div role="img" aria-label={title}>
        <BarChart width={300} height={180} data={data} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 10 }} interval={0} />
          <YAxis tickFormatter={short} tick={{ fontSize: 10 }} width={44} />
          <Tooltip formatter={(v) => fmtInt(Number(v))} />
          <Bar dataKey="value" fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </div>
    </figure>
  );
}
