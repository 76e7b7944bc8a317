import type { ReactNode } from 'react';

/** The line over a form that holds a refused entry of the device outbox again (`?ubah=`): that
 *  it is being edited, and why it was refused where the form does not say so itself. */
export function EditingNotice({ className, children }: { className: string; children: ReactNode }) {
  return (
    <p className={`rounded-md bg-amber-50 p-2 text-sm text-amber-950 ${className}`} data-testid="editing-entry">
      {children}
    </p>
  );
}
