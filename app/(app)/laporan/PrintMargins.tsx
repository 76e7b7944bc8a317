/** A quoted CSS string: backslashes and quotes escaped, line breaks flattened, and `<` written as
 *  a CSS escape so the text can never close the <style> element it sits in. */
export function cssString(s: string): string {
  return `"${s
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '\\3C ')}"`;
}

/** The running header and footer of every printed A4 page of the report, as CSS page-margin
 *  boxes (Chromium ≥ 131 prints them, also through the browser's own "Save as PDF"): title and
 *  region top left, period top right, where it comes from bottom left, "Halaman 2 dari 3" bottom
 *  right. */
export function PrintMargins({
  title,
  period,
  source,
  page,
  of,
}: {
  title: string;
  period: string;
  source: string;
  page: string;
  of: string;
}) {
  const box = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #475569;';
  const css = `@media print { @page {
  @top-left { content: ${cssString(title)}; ${box} }
  @top-right { content: ${cssString(period)}; ${box} }
  @bottom-left { content: ${cssString(source)}; ${box} }
  @bottom-right { content: ${cssString(page + ' ')} counter(page) ${cssString(' ' + of + ' ')} counter(pages); ${box} }
} }`;
  return <style data-testid="print-margins" dangerouslySetInnerHTML={{ __html: css }} />;
}
