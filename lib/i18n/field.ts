/** Strings of field use (SPEC §11): the outbox, the offline banner, "Data per". */
import { dictionary, type Lang } from './dict';
import { instantFormat } from '@/lib/format';
import { id } from './id/field';
import { en } from './en/field';

export type FieldDict = typeof id;

export const fieldDict = dictionary<FieldDict>({ id, en });

/** "1 Des 2026 19.55" in the device's zone (the officer's own). */
export function fmtDeviceTime(ms: number, lang: Lang): string {
  return instantFormat(lang).format(new Date(ms)).replace(',', '');
}
