/** The English words of lib/i18n/field.ts, typed by the Indonesian ones (lib/i18n/id/field.ts). */
import type { FieldDict } from '../field';

export const en: FieldDict = {
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
