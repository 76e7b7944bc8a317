import { z } from 'zod';
import { msg } from '@/lib/i18n/messages';

type Words = { id: string; en: string };

/** A text a write needs (a reference number, a check's note): trimmed, refused with `required`
 *  when missing, not text or empty, and with `tooLong` over `max` characters. Imports only zod
 *  and the messages, so the browser's forms may use the schemas built with it. */
export function requiredText(max: number, required: Words, tooLong: Words) {
  const missing = msg(required.id, required.en);
  return z
    .string({ message: missing })
    .trim()
    .min(1, { message: missing })
    .max(max, { message: msg(tooLong.id, tooLong.en) });
}
