import Link from 'next/link';

/** Pantau's mark and name at the start of the blue header bar, a link to `href` (the home). */
export function BrandLink({ href }: { href: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 text-lg font-bold tracking-tight">
      <span aria-hidden className="grid h-7 w-7 place-items-center rounded bg-white text-sm text-brand-700">
        P
      </span>
      Pantau
    </Link>
  );
}
