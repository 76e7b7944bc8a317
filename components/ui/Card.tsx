import type { ReactNode } from 'react';

const CARD = 'rounded-xl border border-slate-200 bg-white p-4';

/** A white card of a page: a section named by the heading it starts with. `className` is the
 *  card's own frame where it differs (its padding, its span in a grid). */
export function Card({
  id,
  title,
  titleClass = 'mb-2 font-semibold',
  className = CARD,
  testId,
  children,
}: {
  id: string;
  title: ReactNode;
  titleClass?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className} data-testid={testId}>
      <h2 id={id} className={titleClass}>
        {title}
      </h2>
      {children}
    </section>
  );
}
