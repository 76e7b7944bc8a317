import type { HTMLAttributes } from 'react';

/** A status word in a coloured pill (stock status, IKD status, a requisition's state): `tone` is
 *  its colours from the caller's own status → colour table. */
export function Badge({
  tone,
  padX = 'px-1.5',
  children,
  ...rest
}: HTMLAttributes<HTMLSpanElement> & { tone: string; padX?: string; 'data-testid'?: string; 'data-status'?: string }) {
  return (
    <span {...rest} className={`inline-block whitespace-nowrap rounded ${padX} py-0.5 text-xs font-semibold ${tone}`}>
      {children}
    </span>
  );
}
