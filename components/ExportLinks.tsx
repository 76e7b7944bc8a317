/** CSV and XLSX download links of a table (the `format=` parameter of SPEC §8). */
export function ExportLinks({ href, lang, testId }: { href: string; lang: 'id' | 'en'; testId?: string }) {
  const sep = href.includes('?') ? '&' : '?';
  const label = lang === 'en' ? 'Download' : 'Unduh';
  return (
    <p className="flex gap-3 text-sm" data-testid={testId}>
      <a className="text-brand-700 underline" href={`${href}${sep}format=csv`} download>
        {label} CSV
      </a>
      <a className="text-brand-700 underline" href={`${href}${sep}format=xlsx`} download>
        {label} XLSX
      </a>
    </p>
  );
}
