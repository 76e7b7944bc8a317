/** The English words of lib/i18n/imports.ts, typed by the Indonesian ones (lib/i18n/id/imports.ts). */
import type { ImportsDict } from '../imports';

export const en: ImportsDict = {
  title: 'CSV import',
  intro:
    'Upload a CSV file, check the preview (every row is validated), then save. Saving is all-or-nothing: if any row is rejected, nothing is saved.',
  kind: 'Kind of data',
  kinds: { opname: 'Blank stock count (stock opname)', ikd: 'Daily IKD activations', wajib: 'Wajib KTP' },
  columns: 'Columns (header row)',
  template: 'Download the CSV template',
  formats: 'Dates may be written 30/11/2026 or 2026-11-30; segments and channels may be lowercase (umum, jemput bola).',
  file: 'CSV file',
  preview: 'Preview',
  reading: 'Reading file…',
  uploading: 'Uploading…',
  checking: 'Checking…',
  progress: 'Progress',
  total: 'Data rows',
  accepted: 'Accepted',
  rejectedCount: 'Rejected',
  rejected: 'Rejected rows',
  line: 'Line',
  reason: 'Reason',
  commit: 'Save all',
  committing: 'Saving…',
  fixFirst: 'Fix the rejected rows and upload the file again.',
  done: (rows, changes) => `Saved: ${rows} rows (${changes} changes).`,
  noFile: 'Choose a CSV file first.',
  forbidden: 'Your role cannot import data.',
  shown: (n, all) => `Showing ${n} of ${all}.`,
};
