/** Strings of field use (SPEC §11): the outbox, the offline banner, "Data per". */
import { dictionary, type Lang } from './dict';
import { instantFormat } from '@/lib/format';

const id = {
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

export type FieldDict = typeof id;

const en: FieldDict = {
  offline: 'No connection.',
  offlineHint:
    'You are seeing the last data on this device. New entries are kept on the device and sent automatically when the signal returns.',
  dataAsOf: (t) => `Data as of ${t}`,
  waiting: (n) => `Waiting to send (${n})`,
  sendingNow: 'Sending…',
  refused: (n) => `Refused (${n})`,
  signInAgain: 'Your session ended. Sign in again to send the waiting entries.',
  signIn: 'Sign in again',
  others: (n) =>
    `${n} entries of another user are waiting on this device; they are sent only when their owner signs in.`,
  madeAt: (t) => `made ${t}`,
  nextTry: 'will be retried automatically',
  sendNow: 'Send now',
  edit: 'Edit',
  resend: 'Resend',
  discard: 'Discard',
  discardConfirm: 'Discard this entry? It will not be sent.',
  discardYes: 'Yes, discard',
  cancel: 'Cancel',
  refusedBecause: 'Refused by the server:',
  queued: 'Kept on this device. It is sent automatically when there is signal — see "Waiting to send".',
  queuedAuth: 'Kept on this device. Your session ended: sign in again to send it.',
  editing: 'Editing a refused entry. Save to send it again; it replaces the old one.',
  notReady: 'Loading…',
  signOutWarn: (n) =>
    `${n} entries are not sent yet. They stay on this device and are sent when you sign in again. Sign out anyway?`,
  signOutYes: 'Yes, sign out',
  listTitle: 'Entries on this device',
};

export const fieldDict = dictionary<FieldDict>({ id, en });

/** "1 Des 2026 19.55" in the device's zone (the officer's own). */
export function fmtDeviceTime(ms: number, lang: Lang): string {
  return instantFormat(lang).format(new Date(ms)).replace(',', '');
}
