/** The export columns of the requisition tables (/permintaan): the list and one requisition's
 *  lines, with the columns the pages show. */
import { requisitionDict } from '@/lib/i18n/requisitions';
import { headersFrom, type Column } from '@/lib/export/table';
import type { RequisitionLine, RequisitionSummary } from './queries';

const both = headersFrom(requisitionDict);

export const LIST_COLUMNS: Column<RequisitionSummary>[] = [
  { header: both((d) => d.number), type: 'int', value: (r) => r.id },
  { header: both((d) => d.province), type: 'text', value: (r) => `${r.provinceCode} ${r.provinceName}` },
  { header: both((d) => d.periodFrom), type: 'date', value: (r) => r.from },
  { header: both((d) => d.periodTo), type: 'date', value: (r) => r.to },
  { header: both((d) => d.state), type: 'text', value: (r, l) => requisitionDict(l).stateLabel[r.state] },
  { header: both((d) => d.requested), type: 'int', value: (r) => r.total },
  { header: both((d) => d.received), type: 'int', value: (r) => r.received },
  { header: both((d) => d.fillRate), type: 'percent', value: (r) => (r.fillRate === null ? null : r.fillRate * 100) },
  { header: both((d) => d.submittedAt), type: 'datetime', value: (r) => r.submittedAt },
  { header: both((d) => d.daysWaiting), type: 'int', value: (r) => r.daysWaiting },
];

export const LINE_COLUMNS: Column<RequisitionLine>[] = [
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (r) => r.regencyCode },
  { header: both((d) => d.regency), type: 'text', value: (r) => r.name },
  { header: both((d) => d.onHand), type: 'int', value: (r) => r.onHand },
  { header: both((d) => d.minimum), type: 'int', value: (r) => r.minimum },
  { header: both((d) => d.avgDailyUse), type: 'decimal', value: (r) => r.avgDailyUse },
  { header: both((d) => d.projectedUse), type: 'int', value: (r) => r.projectedUse },
  { header: both((d) => d.cohort), type: 'int', value: (r) => r.cohort },
  { header: both((d) => d.requested), type: 'int', value: (r) => r.requested },
];
