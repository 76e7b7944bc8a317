import { requisitionDict } from '@/lib/i18n/requisitions';
import type { Lang } from '@/lib/i18n/dict';
import { Badge } from '@/components/ui/Badge';

const TONE: Record<string, string> = {
  DRAFT: 'bg-slate-100 text-slate-800',
  SUBMITTED: 'bg-sky-100 text-sky-900',
  PARTIALLY_FILLED: 'bg-amber-100 text-amber-900',
  FILLED: 'bg-emerald-100 text-emerald-900',
  CANCELLED: 'bg-slate-200 text-slate-700 line-through',
};

export function StateBadge({ state, lang }: { state: string; lang: Lang }) {
  return (
    <Badge tone={TONE[state] ?? ''} padX="px-2" data-testid="requisition-state">
      {requisitionDict(lang).stateLabel[state] ?? state}
    </Badge>
  );
}
