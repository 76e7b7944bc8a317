import type { Lang } from './dict';

/** The bilingual messages of zod checks, by key. `msg(id, en)` files a message under its
 *  Indonesian text and returns that text as the key: a zod issue carries a readable key (the
 *  default language), and the edge — the API's 422 `fields`, a form's inline error — resolves it
 *  with `messageOf` in the reader's language. Nothing is encoded into or parsed back from text. */
export type Msg = { id: string; en: string };

/** On globalThis, so that every bundle of the server (each route's chunk) files into and reads
 *  from the same catalogue. */
const store = globalThis as typeof globalThis & { __pantauMessages?: Map<string, Msg> };
const MESSAGES = (store.__pantauMessages ??= new Map<string, Msg>());
const INVALID: Msg = { id: 'Nilai tidak valid.', en: 'Invalid value.' };

/** A bilingual message for a zod check: `z.number().int({ message: msg('…', '…') })`. Its key is
 *  the Indonesian text; where one Indonesian text has two English ones ("Jumlah" is a quantity
 *  of stock and a count of activations), the second pair is filed under both texts joined. */
export function msg(id: string, en: string): string {
  const known = MESSAGES.get(id);
  const key = !known || known.en === en ? id : `${id}\n${en}`;
  MESSAGES.set(key, { id, en });
  return key;
}

/** The message filed under `key`, or the generic "invalid value" for a zod default message. */
export function messageOf(key: string): Msg {
  return MESSAGES.get(key) ?? INVALID;
}

/** The same in one language (a form that shows a zod issue of its own). */
export function messageIn(key: string, lang: Lang): string {
  return messageOf(key)[lang];
}
