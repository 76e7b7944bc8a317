/** What a chart shows when there is nothing to draw: a sentence, not an empty frame of axes. */
export function ChartEmpty({ message, className = 'h-24' }: { message: string; className?: string }) {
  return (
    <p
      data-testid="chart-empty"
      className={`${className} grid place-items-center rounded-md border border-dashed border-slate-300 px-3 text-center text-sm text-slate-700`}
    >
      {message}
    </p>
  );
}

/** True when every value of every row is zero or there are no rows. */
export function nothingToDraw<T>(rows: T[], ...values: ((r: T) => number)[]): boolean {
  return rows.every((r) => values.every((v) => !v(r)));
}
