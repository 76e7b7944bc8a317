'use client';

import { ResponsiveContainer } from 'recharts';
import { ChartEmpty } from './ChartEmpty';

/** An axis figure as the charts print it: 12 rb, 1,2 jt. */
export const compactNumber = (v: number) =>
  new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 }).format(v);

/** The line of a chart's main figure (stock on hand, IKD activations): teal, 2 px, no dots,
 *  drawn at once. */
export const MAIN_LINE = { stroke: '#0f766e', dot: false, strokeWidth: 2, isAnimationActive: false } as const;

/** A chart with its caption: the chart at its size (a height class or pixels), or the sentence
 *  `empty` when there is nothing to draw. */
export function ChartFrame({
  title,
  children,
  heightClass,
  height,
  empty,
}: {
  title: string;
  children: React.ReactElement;
  heightClass?: string;
  height?: number;
  /** nothing to draw: this sentence instead of empty axes */
  empty?: string | null;
}) {
  return (
    <figure className="mt-3">
      <figcaption className="mb-1 text-xs font-medium text-slate-600">{title}</figcaption>
      {empty ? (
        <ChartEmpty message={empty} />
      ) : (
        <div
          className={heightClass ? `${heightClass} w-full` : 'w-full'}
          style={height === undefined ? undefined : { height }}
          role="img"
          aria-label={title}
        >
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
