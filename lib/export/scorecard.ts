import type { Scorecard } from '@/lib/scorecard/queries';
import { scorecardDict, type ScorecardDict } from '@/lib/i18n/scorecard';
import type { Column } from './table';

/** The table of /skor (SPEC §15), in the order it shows. */
type Row = Scorecard['rows'][number];
const h = (k: keyof ScorecardDict['col']) => ({
  id: scorecardDict('id').col[k],
  en: scorecardDict('en').col[k],
});

export const SCORECARD_COLUMNS: Column<Row>[] = [
  { header: h('rank'), type: 'int', value: (r) => r.rank },
  { header: h('change'), type: 'int', value: (r) => r.change },
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (r) => r.code },
  { header: h('region'), type: 'text', value: (r) => r.name },
  { header: h('ikdScore'), type: 'decimal', value: (r) => r.ikdScore },
  { header: h('stockScore'), type: 'decimal', value: (r) => r.stockScore },
  { header: h('timelinessScore'), type: 'decimal', value: (r) => r.timelinessScore },
  { header: h('score'), type: 'decimal', value: (r) => r.score },
];
