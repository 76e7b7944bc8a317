import type { ReactNode } from 'react';

const FIGURE_CLASS = { normal: 'num text-lg font-semibold', large: 'num text-2xl font-bold' } as const;

/** One figure of a `<dl>` of figures: its label, the figure, and a hint under it; `className`
 *  frames it (a tile of its own). */
export function Stat({
  label,
  value,
  testId,
  hint,
  className,
  size = 'normal',
}: {
  label: string;
  value: ReactNode;
  testId?: string;
  hint?: string;
  className?: string;
  size?: keyof typeof FIGURE_CLASS;
}) {
  return (
    <div className={className}>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className={FIGURE_CLASS[size]} data-testid={testId}>
        {value}
      </dd>
      {hint && <dd className="text-xs text-slate-600">{hint}</dd>}
    </div>
  );
}
