import type { ReactNode } from 'react';

/** A section's heading with its tools beside it (export links, "approve all"); on a phone the
 *  tools wrap under it. */
export function ToolsHeading({
  id,
  title,
  className = 'mb-2 flex flex-wrap items-center justify-between gap-2',
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div className={className}>
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {children}
    </div>
  );
}
