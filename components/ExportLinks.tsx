/** CSV and XLSX download links of a table (the `format=` parameter of SPEC §8). `what` names
 *  the table when a page has several ("Loket: Unduh CSV"); `className` e.g. `no-print`. */
import type { Lang } from '@/lib/i18n/dict';
export function ExportLinks({
  href,
  lang,
  testId,
  what,
  className = '',
}: {
  href: string;
  lang: Lang;
  testId?: string;
  what?: string;
  className?: string;
}) {
  const sep = href.includes('?') ? '&' : '?';
  const label = lang === 'en' ? 'Download' : 'Unduh';
  return (
    <p className={`flex flex-wrap gap-x-3 gap-y-1 text-sm ${className}`} data-testid={testId}>
      {what && <span className="text-slate-700">{what}:</span>}
      <a className="text-brand-700 underline" href={`${href}${sep}format=csv`} download>
        {label} CSV
      </a>
      <a className="text-brand-700 underline" href={`${href}${sep}format=xlsx`} download>
        {label} XLSX
      </a>
    </p>
  );
}
