import type { ReactNode } from 'react';

/** A white card of a page: a section named by the heading it starts with. */
export function Card({
  id,
  title,
  titleClass = 'mb-2 font-semibold',
  children,
}: {
  id: string;
  title: ReactNode;
  titleClass?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id={id} className={titleClass}>
        {title}
      </h2>
      {children}
    </section>
  );
}
