import { dictionary } from './dict';
/** Strings of the import page (Indonesian default, English switch). */
const id = {
  title: 'Impor CSV',
  intro:
    'Unggah berkas CSV, periksa pratinjau (setiap baris divalidasi), lalu simpan. Penyimpanan bersifat semua-atau-tidak-sama-sekali: jika ada baris yang ditolak, tidak ada yang disimpan.',
  kind: 'Jenis data',
  kinds: {
    opname: 'Stock opname blangko (hasil hitung)',
    ikd: 'Aktivasi IKD harian',
    wajib: 'Wajib KTP',
  },
  columns: 'Kolom (baris judul)',
  template: 'Unduh templat CSV',
  formats: 'Tanggal boleh ditulis 30/11/2026 atau 2026-11-30; segmen dan kanal boleh huruf kecil (umum, jemput bola).',
  file: 'Berkas CSV',
  preview: 'Pratinjau',
  reading: 'Membaca berkas…',
  uploading: 'Mengunggah…',
  checking: 'Memeriksa…',
  progress: 'Kemajuan',
  total: 'Baris data',
  accepted: 'Diterima',
  rejectedCount: 'Ditolak',
  rejected: 'Baris yang ditolak',
  line: 'Baris',
  reason: 'Alasan',
  commit: 'Simpan semua',
  committing: 'Menyimpan…',
  fixFirst: 'Perbaiki baris yang ditolak lalu unggah ulang berkasnya.',
  done: (rows: number, changes: number) => `Tersimpan: ${rows} baris (${changes} perubahan).`,
  noFile: 'Pilih berkas CSV terlebih dahulu.',
  forbidden: 'Peran Anda tidak dapat mengimpor data.',
  shown: (n: number, all: number) => `Menampilkan ${n} dari ${all}.`,
};
type ImportsDict = Omit<typeof id, 'kinds' | 'done' | 'shown'> & {
  kinds: Record<keyof typeof id.kinds, string>;
  done: (rows: number, changes: number) => string;
  shown: (n: number, all: number) => string;
};
const en: ImportsDict = {
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

export const importsDict = dictionary<ImportsDict>({ id, en });
