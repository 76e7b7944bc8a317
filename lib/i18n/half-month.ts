/** A half-month period's label in `locale`: `2026-11-H1` → "1–15 November 2026", and the second
 *  half "16–`end` …". */
export function halfMonthLabel(locale: string, end: string) {
  return (period: string) => {
    const [y, m, half] = period.split('-');
    const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
      new Date(`${y}-${m}-01T00:00:00Z`),
    );
    return `${half === 'H1' ? '1–15' : `16–${end}`} ${month} ${y}`;
  };
}
