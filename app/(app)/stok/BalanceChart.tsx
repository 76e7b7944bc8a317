'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { fmtDay, fmtInt } from '@/lib/format';
import { stockDict } from '@/lib/i18n/stock';
import type { Lang } from '@/lib/i18n/dict';
import { MAIN_LINE, compactNumber } from '@/components/charts/ChartFrame';

/** The balance over time with the minimum drawn as a line. */
export function BalanceChart({
  series,
  minimum,
  lang,
}: {
  series: { day: string; onHand: number }[];
  minimum: number;
  lang: Lang;
}) {
  const s = stockDict(lang);
  const last = series[series.length - 1];
  return (
    <figure className="mt-2" data-testid="balance-chart" data-last={last?.onHand ?? 0}>
      <figcaption className="mb-1 text-xs font-medium text-slate-600">{s.chart}</figcaption>
      <div
        className="h-56 w-full"
        role="img"
        aria-label={`${s.chart}: ${fmtInt(last?.onHand ?? 0)} / ${s.minimum} ${fmtInt(minimum)}`}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={series} margin={{ left: -8, right: 8, top: 8, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="day"
              tick={{ fontSize: 10 }}
              minTickGap={28}
              tickFormatter={(d: string) => fmtDay(d, lang).replace(/ \d{4}$/, '')}
            />
            <YAxis
              tickFormatter={compactNumber}
              tick={{ fontSize: 10 }}
              domain={[0, (max: number) => Math.max(max, minimum) * 1.1]}
            />
            <Tooltip formatter={(v) => fmtInt(Number(v))} labelFormatter={(d) => fmtDay(String(d), lang)} />
            <ReferenceLine
              y={minimum}
              stroke="#dc2626"
              strokeDasharray="5 4"
              label={{
                value: `${s.minimum} ${fmtInt(minimum)}`,
                fontSize: 10,
                fill: '#991b1b',
                position: 'insideTopRight',
              }}
            />
            <Line type="stepAfter" dataKey="onHand" name={s.onHand} {...MAIN_LINE} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
