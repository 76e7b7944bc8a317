/** The Indonesian words of lib/i18n/field.ts, the source language: its type is taken from them. */
export const id = {
  offline: 'Tidak ada koneksi.',
  offlineHint:
    'Yang tampil adalah data terakhir di perangkat ini. Entri baru disimpan di perangkat dan dikirim otomatis saat sinyal kembali.',
  dataAsOf: (t: string) => `Data per ${t}`,
  waiting: (n: number) => `Menunggu dikirim (${n})`,
  sendingNow: 'Mengirim…',
  refused: (n: number) => `Ditolak (${n})`,
  signInAgain: 'Sesi Anda berakhir. Masuk lagi untuk mengirim entri yang menunggu.',
  signIn: 'Masuk lagi',
  others: (n: number) =>
    `${n} entri milik pengguna lain menunggu di perangkat ini; entri itu hanya dikirim saat pemiliknya masuk.`,
  madeAt: (t: string) => `dibuat ${t}`,
  nextTry: 'akan dicoba lagi otomatis',
  sendNow: 'Kirim sekarang',
  edit: 'Ubah',
  resend: 'Kirim ulang',
  discard: 'Buang',
  discardConfirm: 'Buang entri ini? Entri tidak akan dikirim.',
  discardYes: 'Ya, buang',
  cancel: 'Batal',
  refusedBecause: 'Ditolak server:',
  queued: 'Tersimpan di perangkat. Akan dikirim otomatis saat ada sinyal — lihat "Menunggu dikirim".',
  queuedAuth: 'Tersimpan di perangkat. Sesi Anda berakhir: masuk lagi untuk mengirimnya.',
  editing: 'Mengubah entri yang ditolak. Simpan untuk mengirim ulang; entri lama diganti.',
  notReady: 'Memuat…',
  signOutWarn: (n: number) =>
    `${n} entri belum terkirim. Entri tetap tersimpan di perangkat dan dikirim saat Anda masuk lagi. Tetap keluar?`,
  signOutYes: 'Ya, keluar',
  listTitle: 'Entri di perangkat ini',
};
