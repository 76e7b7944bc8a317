import type { ReactNode } from 'react';

/** A form control with its caption above it; the whole label focuses the control. */
export function Captioned({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-600">{caption}</span>
      {children}
    </label>
  );
}
