'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HourPoint } from '@/lib/queue/figures';
import { fmtInt } from '@/lib/format';

export function HourlyChart({
  data,
  title,
  issued,
  served,
}: {
  data: HourPoint[];
  title: string;
  issued: string;
  served: string;
}) {
  const rows = data.map((p) => ({ ...p, label: `${String(p.hour).padStart(2, '0')}.00` }));
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-3">
      <figcaption className="mb-1 text-xs font-medium text-slate-600">{title}</figcaption>
      <div className="h-48 w-full" role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ left: -10, right: 4, top: 4, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 10 }} />
            <YAxis tick={{ fontSize: 10 }} allowDecimals={false} />
            <Tooltip formatter={(v) => fmtInt(Number(v))} />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            <Bar dataKey="issued" name={issued} fill="#94a3b8" isAnimationActive={false} />
            <Bar dataKey="served" name={served} fill="#0f766e" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
