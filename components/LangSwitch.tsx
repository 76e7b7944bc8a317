import type { Lang } from '@/lib/i18n/dict';

/** The language switch: a plain GET form (no script), answered by /bahasa, which sets the cookie
 *  and sends the reader back to the page they were on. */
export function LangSwitch({ lang, label }: { lang: Lang; label: string }) {
  return (
    <form
      method="get"
      action="/bahasa"
      role="group"
      aria-label={label}
      className="flex overflow-hidden rounded-md border border-current/30 text-xs"
    >
      {(['id', 'en'] as const).map((l) => (
        <button
          key={l}
          type="submit"
          name="lang"
          value={l}
          aria-pressed={lang === l}
          className={`px-2 py-1 font-semibold uppercase ${lang === l ? 'bg-white text-brand-800' : 'opacity-90 hover:opacity-100'}`}
        >
          {l}
        </button>
      ))}
    </form>
  );
}
