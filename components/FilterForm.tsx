import type { ReactNode } from 'react';

/** A page's GET filter form (region, month, kind…): its fields in a wrapping row, then the
 *  button that shows the page for them, then `after` (a print button). */
export function FilterForm({
  label,
  submit,
  className = 'mb-4 flex flex-wrap items-end gap-3',
  after,
  children,
}: {
  label: string;
  submit: string;
  className?: string;
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form method="get" className={className} aria-label={label}>
      {children}
      <button type="submit" className="rounded-md border border-slate-400 px-3 py-1 text-sm">
        {submit}
      </button>
      {after}
    </form>
  );
}

/** The month field of a filter form (`?month=YYYY-MM`), starting at the month shown. */
export function MonthField({ label, value }: { label: string; value: string | undefined }) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <input type="month" name="month" defaultValue={value} className="rounded-md border border-slate-400 px-2 py-1" />
    </label>
  );
}
