import type { ReactNode } from 'react';

/** One figure of a `<dl>` of figures: its label, the figure, and a hint under it. */
export function Stat({
  label,
  value,
  testId,
  hint,
}: {
  label: string;
  value: ReactNode;
  testId?: string;
  hint?: string;
}) {
  return (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="num text-lg font-semibold" data-testid={testId}>
        {value}
      </dd>
      {hint && <dd className="text-xs text-slate-600">{hint}</dd>}
    </div>
  );
}
