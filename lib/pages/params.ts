/** A page's query string as Next hands it to the page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One filter value from the query string: a single non-empty value, otherwise undefined (absent,
 *  blank or given twice), so the page's zod query and its defaults decide what it means. */
export function param(v: string | string[] | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
