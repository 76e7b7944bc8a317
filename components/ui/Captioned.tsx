import type { ReactNode } from 'react';

/** A form control with its caption above it; the whole label focuses the control. */
export function Captioned({
  caption,
  captionClass = 'mb-1 block text-slate-600',
  children,
}: {
  caption: ReactNode;
  captionClass?: string;
  children: ReactNode;
}) {
  return (
    <label className="text-sm">
      <span className={captionClass}>{caption}</span>
      {children}
    </label>
  );
}
