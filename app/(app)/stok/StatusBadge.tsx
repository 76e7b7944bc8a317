import { stockDict } from '@/lib/i18n/stock';
import type { Lang } from '@/lib/i18n/dict';
import { Badge } from '@/components/ui/Badge';

const STYLE: Record<string, string> = {
  OK: 'bg-emerald-100 text-emerald-900',
  BELOW_MINIMUM: 'bg-amber-100 text-amber-900',
  OUT: 'bg-red-100 text-red-900',
};

export function StatusBadge({ status, lang }: { status: string; lang: Lang }) {
  return <Badge tone={STYLE[status] ?? 'bg-slate-100'}>{stockDict(lang).statusLabel[status] ?? status}</Badge>;
}

export function OverdueBadge({ lang }: { lang: Lang }) {
  const s = stockDict(lang);
  return (
    <span
      title={s.overdueHint}
      className="ml-1 whitespace-nowrap rounded bg-red-50 px-1 text-xs text-red-800"
      data-testid="overdue"
    >
      {s.overdue}
    </span>
  );
}
