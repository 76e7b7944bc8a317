import Link from 'next/link';

type Crumb = { href: string; name: string };

/** The way up from a region's page (nation › province): a link a level the reader may open;
 *  `false` for one they may not (after the first place, each link is marked with ›). */
export function Breadcrumb({ links }: { links: readonly (Crumb | false | null)[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600">
        {links.map(
          (l, i) =>
            l && (
              <li key={l.href} className={i === 0 ? undefined : "before:mr-1 before:content-['›']"}>
                <Link className="text-brand-700 underline" href={l.href}>
                  {l.name}
                </Link>
              </li>
            ),
        )}
      </ol>
    </nav>
  );
}
