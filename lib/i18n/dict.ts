import { id } from './id/dict';
import { en } from './en/dict';

/** The languages of Pantau: Indonesian (the default) and English. Declared here only. */
export type Lang = 'id' | 'en';
export const LANG_COOKIE = 'pantau_lang';

/** The one way to reach a domain's strings: each `lib/i18n/<domain>.ts` exports
 *  `xxxDict = dictionary({ id, en })`, and pages call `xxxDict(lang)`. The words of each language
 *  live in `lib/i18n/id/<domain>.ts` and `lib/i18n/en/<domain>.ts`; the Indonesian ones give the
 *  type, so an English key that is missing or extra does not compile. */
export function dictionary<T>(texts: Record<Lang, T>): (lang: Lang) => T {
  return (lang) => (lang === 'en' ? texts.en : texts.id);
}

export type Dict = typeof id;

/** The app's shared words (navigation, overview, statuses). */
export const appDict = dictionary<Dict>({ id, en });

/** The language of a cookie or query value (anything but `en` is Indonesian) and its words. */
export function dictFor(lang: string | undefined | null): { lang: Lang; t: Dict } {
  const l: Lang = lang === 'en' ? 'en' : 'id';
  return { lang: l, t: appDict(l) };
}
